package org.tuoyu.supervision.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;

import org.tuoyu.institution.ClassType;

/**
 * Proposes a new place for each child of a closing institution, deterministically and so that a
 * regulator can explain it: children are taken youngest first (they fit the fewest classes), then
 * by id; each gets the nearest institution (ties by name, then id) with a free place in a class
 * type that takes a child of that age (class types in their usual order), and every proposal uses
 * up that place, so no institution is proposed more children than it has free places. A child for
 * whom no nearby place is left gets no proposal.
 */
public final class TransferPolicy {

	private static final Comparator<Option> NEAREST = Comparator.comparingInt(Option::distanceM)
		.thenComparing(Option::name)
		.thenComparing(Option::institutionId);

	private final BiPredicate<ClassType, Integer> fits;

	/** @param fits whether a class type takes a child of an age in months */
	public TransferPolicy(BiPredicate<ClassType, Integer> fits) {
		this.fits = fits;
	}

	/** A child to place and its age in months on the closing day. */
	public record Child(UUID childId, int ageMonths) {
	}

	/** A nearby institution with its free places per class type. */
	public record Option(UUID institutionId, String name, int distanceM, Map<ClassType, Integer> free) {

		public Option {
			free = Map.copyOf(free);
		}
	}

	/** A proposal: where and in which class type, or empty for a child nothing was found for. */
	public record Proposal(UUID childId, Optional<Option> institution, ClassType classType) {
	}

	/** One proposal per child, in the order the children were taken. */
	public List<Proposal> propose(List<Child> children, List<Option> options) {
		Remaining remaining = new Remaining(options);
		List<Proposal> proposals = new ArrayList<>();
		children.stream()
			.sorted(Comparator.comparingInt(Child::ageMonths).thenComparing(Child::childId))
			.forEach(child -> proposals.add(remaining.nearest(child)
				.map(choice -> {
					remaining.take(choice.option().institutionId(), choice.classType());
					return new Proposal(child.childId(), Optional.of(choice.option()), choice.classType());
				})
				.orElseGet(() -> new Proposal(child.childId(), Optional.empty(), null))));
		return proposals;
	}

	/**
	 * The institutions that could take one child, nearest first, given the places other children's
	 * proposals already use (the child's own current proposal is not counted against it).
	 * @param taken proposals of the other children: institution and class type
	 */
	public List<Choice> candidates(Child child, List<Option> options, List<Map.Entry<UUID, ClassType>> taken) {
		Remaining remaining = new Remaining(options);
		taken.forEach(t -> remaining.take(t.getKey(), t.getValue()));
		return remaining.fitting(child);
	}

	/** An institution and the class type a child would join there, with the places still free. */
	public record Choice(Option option, ClassType classType, int free) {
	}

	/** Free places left per institution and class type while proposals are made. */
	private final class Remaining {

		private final List<Option> options;

		private final Map<UUID, Map<ClassType, Integer>> free = new HashMap<>();

		Remaining(List<Option> options) {
			this.options = options.stream().sorted(NEAREST).toList();
			this.options.forEach(o -> free.put(o.institutionId(), new EnumMap<>(ClassType.class)));
			this.options.forEach(o -> free.get(o.institutionId()).putAll(o.free()));
		}

		Optional<Choice> nearest(Child child) {
			return fitting(child).stream().findFirst();
		}

		List<Choice> fitting(Child child) {
			List<Choice> choices = new ArrayList<>();
			for (Option option : options) {
				for (ClassType type : ClassType.values()) {
					int left = free.get(option.institutionId()).getOrDefault(type, 0);
					if (left > 0 && fits.test(type, child.ageMonths())) {
						choices.add(new Choice(option, type, left));
						break;
					}
				}
			}
			return choices;
		}

		void take(UUID institutionId, ClassType type) {
			Map<ClassType, Integer> left = free.get(institutionId);
			if (left != null && type != null) {
				left.merge(type, -1, Integer::sum);
			}
		}
	}
}
