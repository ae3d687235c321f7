package org.tuoyu.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tuoyu.institution.ClassType;
import org.tuoyu.supervision.internal.TransferPolicy.Child;
import org.tuoyu.supervision.internal.TransferPolicy.Option;
import org.tuoyu.supervision.internal.TransferPolicy.Proposal;

class TransferPolicyTests {

	/** Infants 6–12 months, toddlers 12–24, older toddlers 24–36, as the national standard. */
	private final TransferPolicy policy = new TransferPolicy((type, age) -> switch (type) {
		case INFANT -> age >= 6 && age < 12;
		case TODDLER -> age >= 12 && age < 24;
		case OLDER_TODDLER -> age >= 24 && age < 36;
		default -> false;
	});

	private static final UUID A = id(1), B = id(2), C = id(3);

	@Test
	void eachChildIsProposedTheNearestInstitutionWithAFreePlaceForItsAge() {
		Option nearInfants = new Option(id(10), "近·乳儿", 100, Map.of(ClassType.INFANT, 5));
		Option middle = new Option(id(11), "中·托小", 500, Map.of(ClassType.TODDLER, 5));
		Option far = new Option(id(12), "远·托大", 900, Map.of(ClassType.OLDER_TODDLER, 5, ClassType.TODDLER, 5));

		List<Proposal> proposals = policy.propose(List.of(new Child(A, 15), new Child(B, 30), new Child(C, 8)),
				List.of(far, middle, nearInfants));

		assertThat(proposals).extracting(Proposal::childId).containsExactly(C, A, B);
		assertThat(proposals.get(0).institution()).contains(nearInfants);
		assertThat(proposals.get(0).classType()).isEqualTo(ClassType.INFANT);
		assertThat(proposals.get(1).institution()).contains(middle);
		assertThat(proposals.get(2).institution()).contains(far);
		assertThat(proposals.get(2).classType()).isEqualTo(ClassType.OLDER_TODDLER);
	}

	@Test
	void noInstitutionIsProposedMoreChildrenThanItsFreePlaces() {
		Option near = new Option(id(10), "近", 100, Map.of(ClassType.TODDLER, 1));
		Option far = new Option(id(11), "远", 800, Map.of(ClassType.TODDLER, 1));

		List<Proposal> proposals = policy.propose(List.of(new Child(A, 20), new Child(B, 14), new Child(C, 16)),
				List.of(near, far));

		assertThat(proposals).extracting(Proposal::childId).containsExactly(B, C, A);
		assertThat(proposals.get(0).institution()).contains(near);
		assertThat(proposals.get(1).institution()).contains(far);
		assertThat(proposals.get(2).institution()).isEmpty();
		assertThat(proposals.get(2).classType()).isNull();
	}

	@Test
	void tiesInDistanceGoByNameThenIdSoThePlanIsTheSameEveryTime() {
		Option beta = new Option(id(11), "乙", 300, Map.of(ClassType.TODDLER, 3));
		Option alpha = new Option(id(10), "甲", 300, Map.of(ClassType.TODDLER, 3));

		assertThat(policy.propose(List.of(new Child(A, 13)), List.of(beta, alpha)).get(0).institution())
			.contains(new Option(id(11), "乙", 300, Map.of(ClassType.TODDLER, 3)));
		assertThat(policy.propose(List.of(new Child(A, 13)), List.of(alpha, beta)).get(0).institution().orElseThrow()
			.name()).isEqualTo("乙");
	}

	@Test
	void candidatesLeaveOutPlacesTakenByOtherChildrenButNotTheChildsOwn() {
		Option near = new Option(id(10), "近", 100, Map.of(ClassType.TODDLER, 1));
		Option far = new Option(id(11), "远", 800, Map.of(ClassType.TODDLER, 2));

		List<TransferPolicy.Choice> forB = policy.candidates(new Child(B, 14), List.of(near, far),
				List.of(Map.entry(near.institutionId(), ClassType.TODDLER)));
		List<TransferPolicy.Choice> forInfant = policy.candidates(new Child(C, 7), List.of(near, far), List.of());

		assertThat(forB).extracting(c -> c.option().name()).containsExactly("远");
		assertThat(forB.get(0).free()).isEqualTo(2);
		assertThat(forInfant).isEmpty();
	}

	private static UUID id(int n) {
		return new UUID(0, n);
	}
}
