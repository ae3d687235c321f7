package org.tuoyu.guidance.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.region.Division;
import org.tuoyu.region.RegionManagement;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.DivisionLevel;

/**
 * The parenting-knowledge awareness survey (科学育儿知识知晓率). A city or district administrator
 * keeps their area's questionnaire: a draft is edited, publishing it retires the version before,
 * and a published version never changes (a change starts the next version). A respondent answers
 * the published version of their district, else of their city: guardians on the phone once per
 * version and year (their area is that of their registered children), community workers enter
 * paper questionnaires for communities of their street. Awareness = respondents reaching the pass
 * mark ÷ respondents, by area and year ({@link #awareness(String, int)} for the indicators).
 */
@Service
public class SurveyManagement {

	private final SurveyRows rows;

	private final GuardianChildren children;

	private final RegionManagement regions;

	private final AuditLog audit;

	private final Clock clock;

	SurveyManagement(SurveyRows rows, GuardianChildren children, RegionManagement regions, AuditLog audit, Clock clock) {
		this.rows = rows;
		this.children = children;
		this.regions = regions;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Awareness of an area in a year, for the indicators: {@code divisionPrefix} is a division code
	 * (city, district, street or community) matched as a prefix of the respondent's community, or
	 * street where the community is unknown. No scope check.
	 */
	@Transactional(readOnly = true)
	public Awareness awareness(String divisionPrefix, int year) {
		long[] counts = rows.count(divisionPrefix, year);
		return new Awareness(divisionPrefix, null, year, counts[0], counts[1]);
	}

	/**
	 * Awareness of a division inside the user's area in a year (the whole area by default), with
	 * one line per direct sub-division.
	 */
	@Transactional(readOnly = true)
	public AreaAwareness awarenessOf(CurrentUser user, String division, int year) {
		DivisionCode root = user.scope().division();
		if (root == null) {
			throw new NotFoundException("division");
		}
		if (year < 2000 || year > 2200) {
			throw new BusinessRuleException("year", "guidance.learning.awareness.year.invalid");
		}
		DivisionCode code = division == null || division.isBlank() ? root
				: BusinessRuleException.onField("division", () -> DivisionCode.of(division.strip()));
		if (!user.scope().covers(code)) {
			throw new NotFoundException("division");
		}
		long[] counts = rows.count(code.value(), year);
		Awareness total = new Awareness(code.value(), regions.nameOf(code).orElse(code.value()), year, counts[0],
				counts[1]);
		if (code.level() == DivisionLevel.COMMUNITY) {
			return new AreaAwareness(total, List.of());
		}
		List<Division> parts = regions.subdivisionsOf(code);
		int length = parts.isEmpty() ? code.value().length() : parts.get(0).code().value().length();
		Map<String, Awareness> counted = rows.countBy(code.value(), length, year)
			.stream()
			.collect(Collectors.toMap(Awareness::divisionCode, Function.identity()));
		List<Awareness> lines = parts.stream()
			.map(part -> {
				Awareness found = counted.get(part.code().value());
				return new Awareness(part.code().value(), part.name(), year, found == null ? 0 : found.passed(),
						found == null ? 0 : found.respondents());
			})
			.sorted(Comparator.comparing(Awareness::divisionCode))
			.toList();
		return new AreaAwareness(total, lines);
	}

	/** The questionnaire versions of the administrator's area (a city's include its districts'). */
	@Transactional(readOnly = true)
	public List<SurveyVersion> versions(CurrentUser user) {
		LearningActions.require(LearningActions.ownsSurveys(user));
		return rows.ownedWithin(user.scope().division().value());
	}

	/** One version of a questionnaire of the administrator's area. */
	@Transactional(readOnly = true)
	public SurveyVersion version(CurrentUser user, UUID id) {
		return owned(user, id, false);
	}

	/** Starts the next version of the area's own questionnaire; one draft at a time. */
	@Transactional
	public UUID createDraft(CurrentUser user, SurveyDraft draft) {
		LearningActions.require(LearningActions.ownsSurveys(user));
		SurveyDraft checked = SurveyScoring.checked(draft);
		String owner = user.scope().division().value();
		return insertDraft(user, owner, checked);
	}

	/** Starts the next version of a questionnaire from one of its versions. */
	@Transactional
	public UUID revise(CurrentUser user, UUID id) {
		SurveyVersion from = owned(user, id, false);
		return insertDraft(user, from.ownerDivision(), from.draft());
	}

	/** Saves a draft; a published or retired version never changes. */
	@Transactional
	public void updateDraft(CurrentUser user, UUID id, SurveyDraft draft) {
		SurveyVersion version = owned(user, id, true);
		if (version.status() != SurveyStatus.DRAFT) {
			throw new BusinessRuleException(null, "guidance.learning.survey.frozen");
		}
		SurveyDraft checked = SurveyScoring.checked(draft);
		rows.update(id, checked, OffsetDateTime.now(clock));
		audit.record(entry("GUIDANCE_SURVEY_DRAFT_SAVED", version));
	}

	/** Publishes a draft; the version published before it retires (its answers keep counting). */
	@Transactional
	public void publish(CurrentUser user, UUID id) {
		SurveyVersion version = owned(user, id, true);
		if (version.status() != SurveyStatus.DRAFT) {
			throw new BusinessRuleException(null, "guidance.learning.survey.frozen");
		}
		SurveyScoring.checked(version.draft());
		rows.publish(id, version.ownerDivision(), LocalDate.now(clock), OffsetDateTime.now(clock));
		audit.record(entry("GUIDANCE_SURVEY_PUBLISHED", version));
	}

	/** The guardian's children under 3, whose registered community decides the guardian's area. */
	@Transactional
	public List<LearnerChild> respondentChildren(CurrentUser user) {
		LearningActions.requireGuardian(user);
		return children.under3(user);
	}

	/**
	 * The questionnaire the guardian answers, with this year's result when answered already;
	 * empty when the guardian has no registered child under 3 or no questionnaire applies.
	 */
	@Transactional
	public Optional<Questionnaire> questionnaire(CurrentUser user) {
		LearningActions.requireGuardian(user);
		return respondentArea(children.under3(user)).flatMap(rows::publishedFor).map(version -> new Questionnaire(
				version.id(), version.title(), version.version(), items(version), rows.answered(version.id(),
						LocalDate.now(clock).getYear(), user.accountId(), version.maxScore(), version.passMark())
					.orElse(null)));
	}

	/** The guardian answers the questionnaire of their area, once per version and year. */
	@Transactional
	public SurveyResult answer(CurrentUser user, UUID versionId, List<Integer> answers) {
		LearningActions.requireGuardian(user);
		List<LearnerChild> mine = children.under3(user);
		String area = respondentArea(mine)
			.orElseThrow(() -> new BusinessRuleException("community", "guidance.learning.survey.noArea"));
		SurveyVersion version = rows.publishedFor(area)
			.filter(v -> v.id().equals(versionId))
			.orElseThrow(() -> new NotFoundException("questionnaire"));
		SurveyResult result = SurveyScoring.score(version, answers);
		LearnerChild child = mine.stream().filter(c -> area.equals(areaOf(c))).findFirst().orElseThrow();
		LocalDate today = LocalDate.now(clock);
		if (!rows.insertResponse(version.id(), today, user.accountId(), null, child.divisionCode(), child.communityCode(),
				answers, result, user.accountId(), OffsetDateTime.now(clock))) {
			throw new BusinessRuleException(null, "guidance.learning.survey.answeredThisYear",
					String.valueOf(today.getYear()));
		}
		audit.record(AuditEntry.of("GUIDANCE_SURVEY_ANSWERED", "guidance-survey", version.id())
			.in(DivisionCode.of(child.divisionCode()))
			.withDetails("score=" + result.score()));
		return result;
	}

	/** The questionnaire that applies to a community of the worker's area, for entering paper answers. */
	@Transactional(readOnly = true)
	public SurveyVersion paperQuestionnaire(CurrentUser user, String community) {
		LearningActions.require(LearningActions.entersPaper(user));
		DivisionCode code = community(user, community);
		return rows.publishedFor(code.value())
			.orElseThrow(() -> new BusinessRuleException("community", "guidance.learning.survey.nonePublished"));
	}

	/** A community worker enters a paper questionnaire of a respondent of their street. */
	@Transactional
	public SurveyResult enterPaper(CurrentUser user, PaperResponse response) {
		SurveyVersion version = paperQuestionnaire(user, response.community());
		SurveyResult result = SurveyScoring.score(version, response.answers());
		String note = response.note() == null || response.note().isBlank() ? null : response.note().strip();
		if (note != null && note.length() > 100) {
			throw new BusinessRuleException("note", "guidance.learning.survey.note.invalid", 100);
		}
		String community = response.community().strip();
		rows.insertResponse(version.id(), LocalDate.now(clock), null, note, community.substring(0, 9), community,
				response.answers(), result, user.accountId(), OffsetDateTime.now(clock));
		audit.record(AuditEntry.of("GUIDANCE_SURVEY_PAPER_ENTERED", "guidance-survey", version.id())
			.in(DivisionCode.of(community))
			.withDetails("score=" + result.score()));
		return result;
	}

	/** The communities a worker may enter paper questionnaires for. */
	@Transactional(readOnly = true)
	public List<Division> paperCommunities(CurrentUser user) {
		LearningActions.require(LearningActions.entersPaper(user));
		DivisionCode root = user.scope().division();
		if (root.level() == DivisionLevel.STREET) {
			return regions.subdivisionsOf(root);
		}
		return regions.streetsUnder(root).stream().flatMap(street -> regions.subdivisionsOf(street.code()).stream()).toList();
	}

	private DivisionCode community(CurrentUser user, String community) {
		DivisionCode code = BusinessRuleException.onField("community",
				() -> DivisionCode.of(community == null ? "" : community.strip()));
		if (code.level() != DivisionLevel.COMMUNITY) {
			throw new BusinessRuleException("community", "guidance.register.community.required");
		}
		if (!user.scope().covers(code)) {
			throw new BusinessRuleException("community", "guidance.learning.survey.communityOutside");
		}
		if (regions.nameOf(code).isEmpty()) {
			throw new BusinessRuleException("community", "guidance.learning.survey.communityUnknown");
		}
		return code;
	}

	private UUID insertDraft(CurrentUser user, String owner, SurveyDraft draft) {
		if (rows.ownedWithin(owner).stream().anyMatch(v -> v.ownerDivision().equals(owner) && v.status() == SurveyStatus.DRAFT)) {
			throw new BusinessRuleException(null, "guidance.learning.survey.draftExists");
		}
		UUID id = UuidV7.next();
		int number = rows.nextVersion(owner);
		rows.insert(id, owner, number, draft, user.accountId(), OffsetDateTime.now(clock));
		audit.record(AuditEntry.of("GUIDANCE_SURVEY_DRAFT_CREATED", "guidance-survey", id)
			.in(DivisionCode.of(owner))
			.withDetails("version=" + number));
		return id;
	}

	private SurveyVersion owned(CurrentUser user, UUID id, boolean lock) {
		LearningActions.require(LearningActions.ownsSurveys(user));
		return rows.find(id, lock)
			.filter(v -> user.scope().covers(DivisionCode.of(v.ownerDivision())))
			.orElseThrow(() -> new NotFoundException("questionnaire"));
	}

	/** The guardian's area: the community (else street) of their youngest registered child. */
	private static Optional<String> respondentArea(List<LearnerChild> children) {
		return children.stream().filter(LearnerChild::counts).map(SurveyManagement::areaOf).findFirst();
	}

	private static String areaOf(LearnerChild child) {
		return child.communityCode() != null ? child.communityCode() : child.divisionCode();
	}

	private static List<Questionnaire.Item> items(SurveyVersion version) {
		return version.questions().stream().map(q -> new Questionnaire.Item(q.text(), q.options())).toList();
	}

	private static AuditEntry entry(String action, SurveyVersion version) {
		return AuditEntry.of(action, "guidance-survey", version.id()).in(DivisionCode.of(version.ownerDivision()));
	}
}
