package org.tuoyu.supervision.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tuoyu.institution.Institution;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.institution.InstitutionStatus;
import org.tuoyu.institution.InstitutionSummary;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.Role;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.DivisionLevel;
import org.tuoyu.supervision.CreditEventKind;
import org.tuoyu.supervision.CreditManagement;
import org.tuoyu.supervision.GradingRules;
import org.tuoyu.supervision.NewCreditEvent;
import org.tuoyu.supervision.QualityAssessmentDimension;
import org.tuoyu.supervision.QualityAssessmentInput;
import org.tuoyu.supervision.QualityAssessmentManagement;

/**
 * Demo credit and grading, deterministic from a seed: penalties, violations and commendations for
 * some filed institutions over the past year, and quality assessments for about a third of them —
 * most approved with grades, some submitted awaiting review, one returned. Credit from inspections
 * and complaints comes from those parts' demo events.
 */
@Component
@Profile("demo")
@Order(102)
class CreditAndGradingDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CreditAndGradingDemo.class);

	private static final long SEED = 102;

	private static final String[] PENALTY_REASONS = { "超出备案托位数收托", "未按规定配备保健人员", "保育人员未取得健康合格证明上岗" };

	private static final String[] VIOLATION_REASONS = { "视频监控保存不足90天", "食品留样记录缺失", "消防通道堆放杂物" };

	private static final String[] COMMENDATION_REASONS = { "评为市级示范性托育机构", "托育服务质量提升行动表现突出" };

	private final JdbcClient jdbc;

	private final InstitutionManagement institutions;

	private final AccountManagement accounts;

	private final CreditManagement credit;

	private final QualityAssessmentManagement assessments;

	private final Clock clock;

	private final String city;

	CreditAndGradingDemo(JdbcClient jdbc, InstitutionManagement institutions, AccountManagement accounts,
			CreditManagement credit, QualityAssessmentManagement assessments, Clock clock,
			@Value("${tuoyu.region.outline:3202}") String city) {
		this.jdbc = jdbc;
		this.institutions = institutions;
		this.accounts = accounts;
		this.credit = credit;
		this.assessments = assessments;
		this.clock = clock;
		this.city = city;
	}

	@Override
	public void run(ApplicationArguments args) {
		long existing = jdbc.sql("""
				SELECT (SELECT count(*) FROM supervision_assessment)
				  + (SELECT count(*) FROM supervision_credit_event WHERE source_type = 'MANUAL')
				""").query(Long.class).single();
		if (existing > 0) {
			return;
		}
		CurrentUser cityView = new CurrentUser(demoId("city"), "demo", "demo", Role.CITY_ADMIN,
				DataScope.division(DivisionCode.of(city)));
		List<Institution> filed = institutions.list(cityView, null, null)
			.stream()
			.map(InstitutionSummary::institution)
			.filter(i -> i.status() != InstitutionStatus.DRAFT)
			.sorted(Comparator.comparing(i -> i.creditCode().value()))
			.toList();
		Random random = new Random(SEED);
		LocalDate today = LocalDate.now(clock);
		int manual = 0;
		int assessed = 0;
		boolean returned = false;
		for (int n = 0; n < filed.size(); n++) {
			Institution institution = filed.get(n);
			manual += manualEvents(institution, n, random, today);
			if (n % 3 == 0) {
				boolean returnThis = !returned && n >= 6;
				assess(institution, n, random, today, returnThis);
				returned |= returnThis;
				assessed++;
			}
		}
		log.info("Demo credit and grading: {} manual credit events, {} quality assessments", manual, assessed);
	}

	private int manualEvents(Institution institution, int n, Random random, LocalDate today) {
		CurrentUser regulator = regulator(institution);
		int recorded = 0;
		if (n % 7 == 3) {
			boolean penalty = random.nextBoolean();
			String[] reasons = penalty ? PENALTY_REASONS : VIOLATION_REASONS;
			credit.record(regulator, institution.id(),
					new NewCreditEvent(penalty ? CreditEventKind.PENALTY : CreditEventKind.VIOLATION,
							reasons[random.nextInt(reasons.length)], document("罚", n),
							today.minusDays(20 + random.nextInt(330))));
			recorded++;
		}
		if (n % 11 == 5) {
			credit.record(regulator, institution.id(), new NewCreditEvent(CreditEventKind.COMMENDATION,
					COMMENDATION_REASONS[random.nextInt(COMMENDATION_REASONS.length)], document("奖", n),
					today.minusDays(10 + random.nextInt(340))));
			recorded++;
		}
		return recorded;
	}

	private void assess(Institution institution, int n, Random random, LocalDate today, boolean returnIt) {
		CurrentUser admin = institutionAdmin(institution);
		// most were approved over the past year; every fourth waits for review this year
		boolean awaiting = returnIt || n % 4 == 3;
		LocalDate approvedOn = today.minusDays(15 + random.nextInt(340));
		int year = awaiting ? today.getYear() : approvedOn.getYear();
		UUID id = assessments.start(admin, year);
		GradingRules rules = assessments.rules();
		int quality = 55 + random.nextInt(45);
		Map<QualityAssessmentDimension, Integer> self = new EnumMap<>(QualityAssessmentDimension.class);
		Map<QualityAssessmentDimension, Integer> reviewed = new EnumMap<>(QualityAssessmentDimension.class);
		Map<QualityAssessmentDimension, String> notes = new EnumMap<>(QualityAssessmentDimension.class);
		for (QualityAssessmentDimension dimension : QualityAssessmentDimension.values()) {
			int max = rules.maxPoints().get(dimension);
			int score = Math.min(max, Math.round(max * (quality + random.nextInt(10)) / 100f));
			self.put(dimension, score);
			reviewed.put(dimension, Math.max(0, score - random.nextInt(2)));
		}
		notes.put(QualityAssessmentDimension.SAFETY, "每季度开展消防和防走失演练，视频监控覆盖全部儿童活动区域");
		assessments.saveSelfAssessment(admin, id, new QualityAssessmentInput(self, notes), true);
		if (awaiting && !returnIt) {
			return;
		}
		CurrentUser regulator = regulator(institution);
		if (returnIt) {
			assessments.review(regulator, id, new QualityAssessmentInput(reviewed, Map.of()), false,
					"卫生保健自评依据不足，请补充晨午检和膳食管理记录后重新提交");
			return;
		}
		assessments.review(regulator, id, new QualityAssessmentInput(reviewed, Map.of()), true, "材料齐全，现场核查属实");
		// the demo spreads approvals over the past year
		jdbc.sql("UPDATE supervision_assessment SET approved_on = :day WHERE id = :id")
			.param("day", approvedOn)
			.param("id", id)
			.update();
	}

	private CurrentUser regulator(Institution institution) {
		DivisionCode district = institution.divisionCode().ancestorAt(DivisionLevel.COUNTY).orElseThrow();
		return new CurrentUser(demoId("district-" + district.value()), "demo", "区卫健委（演示）", Role.DISTRICT_ADMIN,
				DataScope.division(district));
	}

	private CurrentUser institutionAdmin(Institution institution) {
		List<UUID> admins = new ArrayList<>(accounts.institutionAccounts(institution.id(), Role.INSTITUTION_ADMIN));
		UUID account = admins.isEmpty() ? demoId("org-" + institution.id()) : admins.get(0);
		return new CurrentUser(account, "demo", institution.name(), Role.INSTITUTION_ADMIN,
				DataScope.institution(institution.id()));
	}

	private static String document(String kind, int n) {
		return "锡卫" + kind + "〔2026〕" + (n + 1) + "号";
	}

	private static UUID demoId(String name) {
		return UUID.nameUUIDFromBytes(("tuoyu-demo-" + name).getBytes(StandardCharsets.UTF_8));
	}
}
