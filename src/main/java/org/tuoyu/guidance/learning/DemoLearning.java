package org.tuoyu.guidance.learning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.guidance.demo.DemoRows;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.statistics.StatisticsManagement;

/**
 * Demo online classes and awareness survey (profile {@code demo}), deterministic from a seed.
 *
 * <p>The city publishes two courses per age band (external https videos, a three-question quiz)
 * and keeps a draft; the {@code provider} account's provider publishes one of its own. About 200
 * demo guardians completed a course through {@link CourseManagement} (so each completion is an
 * online-course service of their children), about 1,500 more watched part of one; the demo
 * {@code parent} completed one and is half-way through another.
 *
 * <p>The city's questionnaire (ten questions, 100 points, pass mark 60) is published through
 * {@link SurveyManagement}. About half the demo guardians answered it on the phone this year, and
 * community workers entered three to six paper questionnaires per community; each answer is
 * scored by {@link SurveyScoring} and written set-based as {@link SurveyManagement#answer} and
 * {@link SurveyManagement#enterPaper} write it (once per guardian, version and year; the
 * guardian's area is the community of their youngest registered child under 3). How many pass
 * depends on the district (about 94 % in 惠山 down to 85 % in 宜兴). The {@code community} worker
 * entered two of the paper questionnaires of 崇安寺街道 through the facade.
 */
@Component
@Profile("demo")
@Order(112)
class DemoLearning implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoLearning.class);

	private static final long SEED = 20261209L;

	private static final Map<String, Double> AWARE = Map.of("320206", 0.94, "320213", 0.93, "320211", 0.91, "320214", 0.90,
			"320205", 0.89, "320281", 0.88, "320282", 0.85);

	private static final double USUAL = 0.88;

	private static final String VIDEOS = "https://video.tuoyu-demo.example/courses/";

	private final CourseManagement courses;

	private final SurveyManagement surveys;

	private final AccountManagement accounts;

	private final StatisticsManagement statistics;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final String city;

	DemoLearning(CourseManagement courses, SurveyManagement surveys, AccountManagement accounts,
			StatisticsManagement statistics, JdbcTemplate jdbc, Clock clock,
			@Value("${tuoyu.admin.city-division:3202}") String city) {
		this.courses = courses;
		this.surveys = surveys;
		this.accounts = accounts;
		this.statistics = statistics;
		this.jdbc = jdbc;
		this.clock = clock;
		this.city = city;
	}

	/** A guardian of a registered child under 3: their account and the child's street and community. */
	private record Respondent(UUID account, String username, String street, String community) {

		CurrentUser user() {
			return new CurrentUser(account, username, username, Role.GUARDIAN, DataScope.guardian(account));
		}
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		CurrentUser admin = DemoRows.firstRun(jdbc, accounts, city, "guidance_course").orElse(null);
		if (admin == null) {
			return;
		}
		long started = System.nanoTime();
		Random random = new Random(SEED);
		List<Respondent> respondents = respondents();
		List<UUID> published = courses(admin);
		int completed = learn(random, published, respondents);
		int answers = survey(admin, random, respondents);
		statistics.figuresChanged();
		log.info("Demo learning: {} courses published, {} completed by guardians, {} questionnaires answered, in {} ms",
				published.size(), completed, answers, (System.nanoTime() - started) / 1_000_000);
	}

	/** The guardians of registered children under 3, each with the community of their youngest such child. */
	private List<Respondent> respondents() {
		return jdbc.query("""
				SELECT DISTINCT ON (g.account_id) g.account_id, a.username, c.division_code, c.community_code
				FROM guidance_child c JOIN family_guardianship g ON g.child_id = c.family_child_id
				JOIN platform_account a ON a.id = g.account_id
				WHERE c.status = 'ACTIVE' AND c.community_code IS NOT NULL
				ORDER BY g.account_id, c.birth_date DESC, c.id
				""", (rs, n) -> new Respondent(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)));
	}

	/** Two published courses per age band, a draft, and one of the {@code provider} account's provider. */
	private List<UUID> courses(CurrentUser admin) {
		Object[][] library = {
				{ "新生儿母乳喂养入门", AgeBand.M0_6, CourseTopic.FEEDING, "正确的衔乳姿势、按需喂养与判断奶量是否足够的方法。",
						"按需喂养是指？", "宝宝饿了就喂", "每4小时定时喂" },
				{ "婴儿安全睡眠", AgeBand.M0_6, CourseTopic.SLEEP, "仰卧睡、独立睡床、避免软枕和毛绒玩具，预防婴儿猝死。",
						"婴儿最安全的睡姿是？", "仰卧", "俯卧" },
				{ "辅食添加从第一口开始", AgeBand.M6_12, CourseTopic.FEEDING, "满6月龄添加富含铁的泥糊状食物，逐步增加种类和稠度。",
						"辅食一般从几月龄开始添加？", "满6月龄", "满2月龄" },
				{ "爬行与大运动发展", AgeBand.M6_12, CourseTopic.MOVEMENT, "提供安全的地面活动空间，鼓励翻身、坐、爬。",
						"促进爬行最好的做法是？", "提供安全的地面空间", "长时间放在学步车里" },
				{ "说话早和晚：语言启蒙", AgeBand.M12_24, CourseTopic.LANGUAGE, "多和孩子说话、共读绘本，回应孩子的每一次表达。",
						"促进语言发展的方法是？", "多对话和亲子共读", "多看电视" },
				{ "居家安全：防跌落与防误吞", AgeBand.M12_24, CourseTopic.SAFETY, "窗户加装护栏，药品和小物件放在孩子够不到的地方。",
						"纽扣电池应放在？", "孩子够不到的地方", "茶几上" },
				{ "情绪管理：面对发脾气", AgeBand.M24_36, CourseTopic.EMOTIONS, "接纳情绪、命名情绪，温和而坚定地设立规则。",
						"孩子发脾气时首先应？", "保持冷静、接纳情绪", "大声呵斥" },
				{ "常见病居家护理：发热", AgeBand.M24_36, CourseTopic.ILLNESS, "正确测量体温，38.5℃以上可用退热药，出现警示症状及时就医。",
						"哪种情况需要立即就医？", "精神差、抽搐或持续高热", "体温37.5℃但精神好" } };
		List<UUID> published = new ArrayList<>();
		for (int i = 0; i < library.length; i++) {
			Object[] c = library[i];
			UUID id = courses.create(admin, draft(c, VIDEOS + "city-" + (i + 1) + ".mp4"));
			courses.publish(admin, id);
			published.add(id);
		}
		courses.create(admin, new CourseDraft("如厕训练：准备好了吗？（编写中）", AgeBand.M24_36, CourseTopic.OTHER,
				"观察孩子是否能表达如厕需求，选择合适的时机开始。", null, 60, List.of(new QuizQuestion("如厕训练应在什么时候开始？",
						List.of("孩子表现出准备好的信号时", "满1岁时必须开始"), 0))));
		jdbc.query("""
				SELECT id, provider_id FROM platform_account WHERE username = 'provider' AND role = 'GUIDANCE_PROVIDER'
				""", rs -> {
			UUID worker = rs.getObject(1, UUID.class);
			UUID provider = rs.getObject(2, UUID.class);
			CurrentUser user = new CurrentUser(worker, "provider", "provider", Role.GUIDANCE_PROVIDER,
					DataScope.provider(provider));
			UUID id = courses.create(user, draft(new Object[] { "亲子游戏：在家也能玩的感统游戏", AgeBand.M12_24,
					CourseTopic.MOVEMENT, "用枕头、纸箱和毯子在家做平衡、钻爬和抛接游戏。", "感统游戏的目的是？", "促进身体协调和感知", "让孩子累了好睡觉" },
					VIDEOS + "provider-1.mp4"));
			courses.publish(user, id);
			published.add(id);
		});
		return published;
	}

	private static CourseDraft draft(Object[] c, String video) {
		return new CourseDraft((String) c[0], (AgeBand) c[1], (CourseTopic) c[2], (String) c[3], video, 60,
				List.of(new QuizQuestion((String) c[4], List.of((String) c[5], (String) c[6]), 0),
						new QuizQuestion("本课内容适合哪个年龄段？", List.of(((AgeBand) c[1]).name().substring(1).replace('_', '–') + "个月", "所有年龄"), 0),
						new QuizQuestion("遇到拿不准的问题应该？", List.of("咨询社区卫生服务中心或指导机构", "自行上网搜索后照做"), 0)));
	}

	/**
	 * Guardians taking the courses: the parent and about 200 others complete one through the
	 * facade; about 1,500 others watched part of one (written set-based, as progress reports leave it).
	 */
	private int learn(Random random, List<UUID> published, List<Respondent> respondents) {
		int completed = 0;
		List<Object[]> partial = new ArrayList<>();
		OffsetDateTime now = OffsetDateTime.now(clock);
		for (Respondent respondent : respondents) {
			boolean parent = respondent.username().equals("parent");
			double roll = random.nextDouble();
			UUID course = published.get(random.nextInt(published.size()));
			if (parent || roll < 0.012) {
				courses.reportProgress(respondent.user(), course, new BigDecimal("0.9" + random.nextInt(10)));
				courses.answerQuiz(respondent.user(), course, List.of(0, 0, 0));
				completed++;
			}
			if (parent || roll > 0.91) {
				UUID other = published.get((published.indexOf(course) + 1) % published.size());
				partial.add(new Object[] { respondent.account(), other, "0." + (1 + random.nextInt(6)) + random.nextInt(10),
						now.minusDays(1 + random.nextInt(60)).toString(), now.minusHours(1 + random.nextInt(24)).toString() });
			}
		}
		DemoRows.insert(jdbc, """
				INSERT INTO guidance_course_progress (account_id, course_id, watched_share, started_at, updated_at)
				SELECT * FROM unnest(CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS numeric[]), CAST(? AS timestamptz[]),
				  CAST(? AS timestamptz[]))
				ON CONFLICT DO NOTHING
				""", new String[] { "uuid", "uuid", "text", "text", "text" }, partial);
		return completed;
	}

	/**
	 * The city's questionnaire, published; guardians' answers on the phone and paper answers of
	 * every community this year, passing at the district's rate.
	 */
	private int survey(CurrentUser admin, Random random, List<Respondent> respondents) {
		String[][] items = { { "婴儿出生后多久开始纯母乳喂养最好？", "尽早开奶，纯母乳喂养到6月龄", "3月龄后再开始", "不清楚" },
				{ "婴儿睡觉最安全的姿势是？", "仰卧", "俯卧", "不清楚" }, { "辅食添加的合适时间是？", "满6月龄", "满3月龄", "1岁以后" },
				{ "1岁以内的宝宝可以喝蜂蜜吗？", "不可以", "可以", "不清楚" }, { "宝宝发热时首先应该？", "测量体温并观察精神状态", "立刻捂汗", "马上输液" },
				{ "2岁以下儿童每天看屏幕的时间建议是？", "尽量不看", "不超过2小时", "不限制" },
				{ "促进语言发展最有效的方式是？", "多和孩子说话、共读绘本", "让孩子多看动画片", "等孩子长大自然会说" },
				{ "乘车时婴幼儿应？", "使用适龄的儿童安全座椅", "由大人抱着", "坐副驾驶" },
				{ "宝宝需要按时接种哪些疫苗，从哪里了解？", "按免疫规划程序，咨询社区接种门诊", "自己决定是否接种", "不清楚" },
				{ "孩子哭闹发脾气时，家长应？", "先安抚情绪，再讲道理", "打骂制止", "满足一切要求" } };
		List<SurveyQuestion> questions = new ArrayList<>();
		for (String[] item : items) {
			questions.add(new SurveyQuestion(item[0], List.of(item[1], item[2], item[3]), List.of(10, 0, 0)));
		}
		UUID versionId = surveys.createDraft(admin, new SurveyDraft("无锡市科学育儿知识知晓情况调查", 60, questions));
		surveys.publish(admin, versionId);
		SurveyVersion version = surveys.version(admin, versionId);
		LocalDate today = LocalDate.now(clock);
		LocalDate from = today.withDayOfYear(1).isAfter(today.minusDays(240)) ? today.withDayOfYear(1) : today.minusDays(240);
		int span = (int) ChronoUnit.DAYS.between(from, today);
		List<Object[]> rows = new ArrayList<>();
		for (Respondent respondent : respondents) {
			if (random.nextDouble() < 0.5 && !respondent.username().equals("parent")) {
				rows.add(response(random, version, respondent.street(), respondent.community(), respondent.account(),
						from.plusDays(random.nextInt(span + 1))));
			}
		}
		List<String[]> communities = jdbc.query("""
				SELECT DISTINCT division_code, community_code FROM guidance_child WHERE community_code IS NOT NULL
				ORDER BY 2
				""", (rs, n) -> new String[] { rs.getString(1), rs.getString(2) });
		for (String[] community : communities) {
			for (int i = 3 + random.nextInt(4); i > 0; i--) {
				rows.add(response(random, version, community[0], community[1], null, from.plusDays(random.nextInt(span + 1))));
			}
		}
		DemoRows.insert(jdbc, """
				INSERT INTO guidance_survey_response (id, version_id, year, answered_on, channel, guardian_account_id,
				  respondent_note, division_code, community_code, answers, score, passed, entered_by, entered_at)
				SELECT r.id, r.version, extract(year FROM r.day)::int, r.day, CASE WHEN r.guardian IS NULL THEN 'PAPER'
				  ELSE 'ONLINE' END, r.guardian, r.note, r.street, r.community, string_to_array(r.answers, ',')::int[], r.score,
				  r.passed, r.guardian, r.at
				FROM unnest(CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS date[]), CAST(? AS uuid[]), CAST(? AS text[]),
				  CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS int[]), CAST(? AS boolean[]),
				  CAST(? AS timestamptz[]))
				  AS r(id, version, day, guardian, note, street, community, answers, score, passed, at)
				""", new String[] { "uuid", "uuid", "text", "uuid", "text", "text", "text", "text", "int4", "bool", "text" },
				rows);
		return rows.size() + paperByTheCommunityWorker(random, version);
	}

	/** One answer sheet that passes at the district's rate, scored by the questionnaire's own rules. */
	private Object[] response(Random random, SurveyVersion version, String street, String community, UUID guardian,
			LocalDate day) {
		List<Integer> answers = answers(random, version, street);
		SurveyResult result = SurveyScoring.score(version, answers);
		OffsetDateTime at = day.atTime(9 + random.nextInt(11), random.nextInt(60)).atZone(clock.getZone()).toOffsetDateTime();
		OffsetDateTime now = OffsetDateTime.now(clock);
		return new Object[] { UuidV7.next(), version.id(), day.toString(), guardian,
				guardian == null ? "纸质问卷" + community.substring(9) + "-" + (1 + random.nextInt(300)) : null, street,
				community, String.join(",", answers.stream().map(String::valueOf).toList()), result.score(), result.passed(),
				(at.isAfter(now) ? now : at).toString() };
	}

	private static List<Integer> answers(Random random, SurveyVersion version, String street) {
		boolean aware = random.nextDouble() < AWARE.getOrDefault(street.substring(0, 6), USUAL);
		int questions = version.questions().size();
		int right = aware ? 6 + random.nextInt(questions - 5) : random.nextInt(6);
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < questions; i++) {
			order.add(i);
		}
		java.util.Collections.shuffle(order, random);
		List<Integer> answers = new ArrayList<>();
		for (int i = 0; i < questions; i++) {
			answers.add(order.indexOf(i) < right ? 0 : 1 + random.nextInt(2));
		}
		return answers;
	}

	/** The {@code community} worker enters two paper questionnaires of their street through the facade. */
	private int paperByTheCommunityWorker(Random random, SurveyVersion version) {
		List<Object[]> worker = jdbc.query("SELECT id, division_code FROM platform_account WHERE username = 'community'",
				(rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2) });
		if (worker.isEmpty()) {
			return 0;
		}
		CurrentUser user = new CurrentUser((UUID) worker.get(0)[0], "community", "community", Role.COMMUNITY_HEALTH,
				DataScope.division(DivisionCode.of((String) worker.get(0)[1])));
		List<String> communities = surveys.paperCommunities(user).stream().map(d -> d.code().value()).toList();
		int entered = 0;
		for (int i = 0; i < 2 && !communities.isEmpty(); i++) {
			String community = communities.get(random.nextInt(communities.size()));
			surveys.enterPaper(user, new PaperResponse(community, answers(random, version, community), "入户调查表 " + (i + 1)));
			entered++;
		}
		return entered;
	}

}
