package org.tuoyu.supervision;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.institution.Institution;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.institution.InstitutionSummary;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.Inbox;
import org.tuoyu.platform.KnownDivisions;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Sha256;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.supervision.internal.DrawAlgorithm;
import org.tuoyu.supervision.internal.DrawInputs;
import org.tuoyu.supervision.internal.DrawResult;
import org.tuoyu.supervision.internal.DrawRows;
import org.tuoyu.supervision.internal.DrawWeightPolicy;
import org.tuoyu.supervision.internal.InspectionPlanPolicy;
import org.tuoyu.supervision.internal.InspectorRows;
import org.tuoyu.supervision.internal.PlanRows;
import org.tuoyu.supervision.internal.PlanValues;
import org.tuoyu.supervision.internal.RiskSignal;
import org.tuoyu.supervision.internal.RiskWeightPolicy;

/**
 * Inspection plans and their double-random draws (双随机). A city or district administrator in scope
 * makes a plan, then <em>seals</em> it (the server draws a secret 32-byte seed, freezes the inputs
 * — candidates with risk weights, inspectors, exclusions — and publishes the SHA-256 of both), then
 * <em>draws</em> it (the result is computed from seed and inputs, stored, the seed revealed and
 * {@link DrawMade} published). A plan is edited only before sealing; a draw is made once. Officers
 * see the plans of their division subtree; others are not found.
 */
@Service
public class InspectionPlanManagement {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final PlanRows plans;

	private final DrawRows draws;

	private final InspectorRows inspectors;

	private final InstitutionManagement institutions;

	private final ObjectProvider<RiskSignal> signals;

	private final KnownDivisions divisions;

	private final DrawSettings settings;

	private final AuditLog audit;

	private final Inbox inbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InspectionPlanManagement(PlanRows plans, DrawRows draws, InspectorRows inspectors,
			InstitutionManagement institutions, ObjectProvider<RiskSignal> signals, KnownDivisions divisions,
			DrawSettings settings, AuditLog audit, Inbox inbox, ApplicationEventPublisher events, Clock clock) {
		this.plans = plans;
		this.draws = draws;
		this.inspectors = inspectors;
		this.institutions = institutions;
		this.signals = signals;
		this.divisions = divisions;
		this.settings = settings;
		this.audit = audit;
		this.inbox = inbox;
		this.events = events;
		this.clock = clock;
	}

	/** The configured defaults, for forms. */
	public DrawSettings settings() {
		return settings;
	}

	/** The names of the installed risk signals, whose weights a plan sets, in the signals' order. */
	public List<String> riskSignals() {
		return signals.orderedStream().map(RiskSignal::name).toList();
	}

	/** Creates a draft plan; returns its id. */
	@Transactional
	public UUID create(CurrentUser user, NewInspectionPlan request) {
		InspectorManagement.requireAdministrator(user);
		PlanValues plan = checked(user, request);
		UUID id = UuidV7.next();
		plans.insert(id, plan, user.accountId());
		audit.record(AuditEntry.of("PLAN_CREATED", "supervision_plan", id)
			.in(DivisionCode.of(plan.divisionCode()))
			.withDetails(plan.name()));
		return id;
	}

	/** Changes a draft plan; a sealed or drawn plan answers {@link DrawConflictException}. */
	@Transactional
	public void update(CurrentUser user, UUID id, NewInspectionPlan request) {
		InspectorManagement.requireAdministrator(user);
		PlanRows.Row current = plans.lock(id).filter(row -> visible(user, row)).orElseThrow(() -> notFound());
		if (current.status() != InspectionPlanStatus.DRAFT) {
			throw new DrawConflictException("supervision.plan.sealed");
		}
		PlanValues plan = checked(user, request);
		plans.update(id, plan);
		audit.record(AuditEntry.of("PLAN_UPDATED", "supervision_plan", id)
			.in(DivisionCode.of(plan.divisionCode()))
			.withDetails(plan.name()));
	}

	/** The plans of the user's division subtree, newest period first. */
	@Transactional(readOnly = true)
	public List<InspectionPlan> plans(CurrentUser user) {
		if (!user.role().isOfficer()) {
			return List.of();
		}
		Map<String, String> names = new HashMap<>();
		return plans.within(user.scope().division().value()).stream().map(row -> plan(row, names)).toList();
	}

	/** One plan in the user's scope, or 404. */
	@Transactional(readOnly = true)
	public InspectionPlan plan(CurrentUser user, UUID id) {
		return plan(readable(user, id), new HashMap<>());
	}

	/**
	 * The institutions the plan would draw from if sealed now, with their weights and every risk
	 * signal's effective factor under the plan's risk weights (a sealed plan's frozen candidates are in
	 * its published {@link DrawDetail}).
	 */
	@Transactional(readOnly = true)
	public List<DrawCandidate> candidates(CurrentUser user, UUID id) {
		PlanRows.Row plan = readable(user, id);
		DrawInputs inputs = inputs(user, plan);
		Map<UUID, Institution> named = institutions
			.institutionsByIds(inputs.candidates().stream().map(DrawInputs.Candidate::institutionId).toList());
		return inputs.candidates()
			.stream()
			.map(c -> new DrawCandidate(c.institutionId(),
					named.containsKey(c.institutionId()) ? named.get(c.institutionId()).name() : null, c.weight(),
					c.factors()))
			.toList();
	}

	/**
	 * Seals a draft plan: freezes its inputs, draws and keeps a secret seed, and publishes the
	 * SHA-256 of the seed and of the canonical inputs. Returns the draw's id.
	 */
	@Transactional
	public UUID seal(CurrentUser user, UUID id) {
		byte[] seed = new byte[DrawAlgorithm.SEED_BYTES];
		RANDOM.nextBytes(seed);
		return seal(user, id, seed);
	}

	/** Seals with a given seed: only for the deterministic demo data. */
	@Transactional
	UUID seal(CurrentUser user, UUID id, byte[] seed) {
		InspectorManagement.requireAdministrator(user);
		PlanRows.Row plan = plans.lock(id).filter(row -> visible(user, row)).orElseThrow(() -> notFound());
		if (plan.status() != InspectionPlanStatus.DRAFT) {
			throw new DrawConflictException("supervision.draw.alreadySealed");
		}
		DrawInputs inputs = inputs(user, plan);
		if (inputs.targets() == 0) {
			throw new BusinessRuleException(null, "supervision.draw.noCandidates");
		}
		if (inputs.inspectors().isEmpty()) {
			throw new BusinessRuleException(null, "supervision.draw.noInspectors");
		}
		byte[] bytes = inputs.canonicalBytes();
		UUID drawId = UuidV7.next();
		String seedHash = Sha256.hex(seed);
		draws.insert(drawId, plan.id(), bytes, Sha256.hex(bytes), seed, seedHash, user.accountId());
		plans.updateStatus(plan.id(), InspectionPlanStatus.SEALED);
		audit.record(AuditEntry.of("DRAW_SEALED", "supervision_draw", drawId)
			.in(DivisionCode.of(plan.divisionCode()))
			.withDetails(plan.name() + " seed " + seedHash.substring(0, 12)));
		return drawId;
	}

	/**
	 * Makes the draw of a sealed plan: computes the result from the sealed seed and inputs, stores
	 * it, reveals the seed and publishes {@link DrawMade}. A second request answers
	 * {@link DrawConflictException}. Returns the draw's id.
	 */
	@Transactional
	public UUID draw(CurrentUser user, UUID id) {
		InspectorManagement.requireAdministrator(user);
		PlanRows.Row plan = plans.lock(id).filter(row -> visible(user, row)).orElseThrow(() -> notFound());
		if (plan.status() == InspectionPlanStatus.DRAFT) {
			throw new BusinessRuleException(null, "supervision.draw.notSealed");
		}
		DrawRows.Row draw = draws.ofPlan(plan.id()).orElseThrow(() -> notFound());
		if (plan.status() == InspectionPlanStatus.DRAWN || draw.drawn()) {
			throw new DrawConflictException("supervision.draw.alreadyDrawn");
		}
		DrawResult result = DrawAlgorithm.draw(draw.seed(), DrawInputs.parse(draw.inputs()));
		if (!draws.complete(draw.id(), result.canonicalJson(), user.accountId())) {
			throw new DrawConflictException("supervision.draw.alreadyDrawn");
		}
		plans.updateStatus(plan.id(), InspectionPlanStatus.DRAWN);
		audit.record(AuditEntry.of("DRAW_MADE", "supervision_draw", draw.id())
			.in(DivisionCode.of(plan.divisionCode()))
			.withDetails(plan.name() + ": " + result.assignments().size() + " institutions"));
		List<DrawMade.Assignment> assignments = result.assignments()
			.stream()
			.filter(assignment -> !assignment.inspectors().isEmpty())
			.map(assignment -> new DrawMade.Assignment(assignment.institution(), assignment.inspectors()))
			.toList();
		Set<UUID> notified = new HashSet<>();
		assignments.forEach(assignment -> assignment.inspectorAccountIds()
			.stream()
			.filter(notified::add)
			.forEach(inspector -> inbox.send(inspector, "supervision.draw.notification", "/directory/draws/" + draw.id(),
					plan.name())));
		events.publishEvent(new DrawMade(draw.id(), plan.id(), plan.divisionCode(), plan.periodStart(),
				plan.periodEnd(), assignments));
		return draw.id();
	}

	private PlanValues checked(CurrentUser user, NewInspectionPlan request) {
		PlanValues plan = InspectionPlanPolicy.check(request, user.scope(), settings, riskSignals());
		if (divisions.nameOf(DivisionCode.of(plan.divisionCode())).isEmpty()) {
			throw new BusinessRuleException("divisionCode", "supervision.plan.division.unknown", plan.divisionCode());
		}
		for (String street : plan.streets()) {
			if (divisions.nameOf(DivisionCode.of(street)).isEmpty()) {
				throw new BusinessRuleException("streets", "supervision.plan.division.unknown", street);
			}
		}
		return plan;
	}

	/** The inputs the plan's draw would be sealed with now. */
	private DrawInputs inputs(CurrentUser user, PlanRows.Row plan) {
		DivisionCode division = DivisionCode.of(plan.divisionCode());
		List<UUID> candidates = institutions.list(user, null, null)
			.stream()
			.map(InstitutionSummary::institution)
			.filter(i -> i.divisionCode().isWithin(division) && plan.statuses().contains(i.status()))
			.filter(i -> plan.categories().isEmpty() || plan.categories().contains(i.category()))
			.filter(i -> plan.streets().isEmpty() || plan.streets().contains(i.divisionCode().value()))
			.filter(i -> !plan.inclusiveOnly() || i.inclusive())
			.map(Institution::id)
			.toList();
		LocalDate today = LocalDate.now(clock);
		Map<UUID, SortedMap<String, BigDecimal>> factors = new HashMap<>();
		candidates.forEach(candidate -> factors.put(candidate, new TreeMap<>()));
		signals.orderedStream().forEach(signal -> {
			Map<UUID, BigDecimal> found = signal.factors(candidates, today);
			int weight = RiskWeightPolicy.weightOf(plan.riskWeights(), signal.name());
			candidates.forEach(candidate -> factors.get(candidate).put(signal.name(),
					RiskWeightPolicy.effective(found.getOrDefault(candidate, BigDecimal.ONE), weight)));
		});
		List<DrawInputs.Candidate> weighted = new ArrayList<>();
		for (UUID candidate : candidates) {
			SortedMap<String, String> published = new TreeMap<>();
			factors.get(candidate).forEach((name, factor) -> published.put(name, DrawWeightPolicy.plain(factor)));
			weighted.add(new DrawInputs.Candidate(candidate, DrawWeightPolicy.weight(factors.get(candidate),
					settings.weightScale()), published));
		}
		int positive = (int) weighted.stream().filter(candidate -> candidate.weight() > 0).count();
		int targets = Math.min(positive,
				InspectionPlanPolicy.targets(plan.sampling(), plan.samplingValue(), candidates.size()));
		List<UUID> pool = inspectors.within(plan.divisionCode())
			.stream()
			.filter(InspectorRows.Row::active)
			.map(InspectorRows.Row::accountId)
			.toList();
		return new DrawInputs(DrawInputs.VERSION, plan.id(), plan.divisionCode(), plan.periodStart(), plan.periodEnd(),
				parameters(plan, riskSignals(), candidates.size(), today), targets, plan.inspectorsPerInstitution(),
				settings.weightScale(), weighted, pool, exclusions(plan, Set.copyOf(candidates), Set.copyOf(pool)));
	}

	private List<DrawInputs.Exclusion> exclusions(PlanRows.Row plan, Set<UUID> candidates, Set<UUID> pool) {
		List<DrawInputs.Exclusion> exclusions = new ArrayList<>();
		inspectors.workplaces(pool)
			.stream()
			.filter(workplace -> candidates.contains(workplace.institutionId()))
			.forEach(workplace -> exclusions
				.add(new DrawInputs.Exclusion(workplace.accountId(), workplace.institutionId(), "WORKPLACE")));
		if (plan.excludePreviousRound()) {
			draws.previousResult(plan.divisionCode(), plan.periodStart())
				.map(DrawResult::parse)
				.ifPresent(previous -> previous.assignments()
					.stream()
					.filter(assignment -> candidates.contains(assignment.institution()))
					.forEach(assignment -> assignment.inspectors()
						.stream()
						.filter(pool::contains)
						.forEach(inspector -> exclusions
							.add(new DrawInputs.Exclusion(inspector, assignment.institution(), "PREVIOUS_ROUND")))));
		}
		return exclusions;
	}

	private static SortedMap<String, String> parameters(PlanRows.Row plan, List<String> signals, int eligible,
			LocalDate asOf) {
		SortedMap<String, String> parameters = new TreeMap<>();
		parameters.put("sampling", plan.sampling().name());
		parameters.put("samplingValue", Integer.toString(plan.samplingValue()));
		parameters.put("statuses", String.join(",", plan.statuses().stream().map(Enum::name).toList()));
		parameters.put("categories", String.join(",", plan.categories().stream().map(Enum::name).toList()));
		parameters.put("streets", String.join(",", plan.streets()));
		parameters.put("inclusiveOnly", Boolean.toString(plan.inclusiveOnly()));
		parameters.put("excludePreviousRound", Boolean.toString(plan.excludePreviousRound()));
		parameters.put("eligible", Integer.toString(eligible));
		parameters.put("asOf", asOf.toString());
		signals.forEach(signal -> parameters.put(DrawDetail.RISK_WEIGHT_PREFIX + signal,
				Integer.toString(RiskWeightPolicy.weightOf(plan.riskWeights(), signal))));
		return parameters;
	}

	/** The plan's weight of every installed signal (a signal installed after the plan was saved weighs 100). */
	private SortedMap<String, Integer> weights(PlanRows.Row row) {
		SortedMap<String, Integer> weights = new TreeMap<>();
		riskSignals().forEach(signal -> weights.put(signal, RiskWeightPolicy.weightOf(row.riskWeights(), signal)));
		return weights;
	}

	/** Every installed signal's weight when a plan says nothing: 100 each. */
	public SortedMap<String, Integer> defaultRiskWeights() {
		return RiskWeightPolicy.check(null, riskSignals());
	}

	private PlanRows.Row readable(CurrentUser user, UUID id) {
		return plans.find(id).filter(row -> visible(user, row)).orElseThrow(() -> notFound());
	}

	private static boolean visible(CurrentUser user, PlanRows.Row row) {
		return user.role().isOfficer() && user.scope().covers(DivisionCode.of(row.divisionCode()));
	}

	private static NotFoundException notFound() {
		return new NotFoundException("plan");
	}

	private InspectionPlan plan(PlanRows.Row row, Map<String, String> names) {
		return new InspectionPlan(row.id(), row.divisionCode(),
				names.computeIfAbsent(row.divisionCode(), code -> divisions.nameOf(DivisionCode.of(code)).orElse(code)),
				row.name(), row.periodStart(), row.periodEnd(), row.sampling(), row.samplingValue(),
				row.inspectorsPerInstitution(), row.statuses(), row.categories(), row.streets(), row.inclusiveOnly(),
				row.excludePreviousRound(), row.status(), row.drawId(), row.createdAt(), weights(row));
	}
}
