package org.tuoyu.messaging.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.Role;

/**
 * Demo parents' committee (profile {@code demo}) of the demo institution, through the facade as its
 * administrator and the guardians would do it: a chair, a vice chair and two members who accepted,
 * the demo parent invited as a member and not yet answered, two meetings' minutes, and the house
 * rules, service commitments and fee notes published on the disclosure page.
 */
@Component
@Profile("demo")
// after the menus demo
@Order(141)
class DemoCommittee implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCommittee.class);

	private static final List<CommitteeRole> ROLES = List.of(CommitteeRole.CHAIR, CommitteeRole.VICE_CHAIR,
			CommitteeRole.MEMBER, CommitteeRole.MEMBER);

	private static final String HOUSE_RULES = """
			一、入园时间 7:30–8:30，离园时间 16:30–17:30，由家长或已登记的授权接送人接送。
			二、每日晨检后入园；发热、呕吐、腹泻等症状的幼儿请在家休息，并告知班级老师。
			三、需在园服药的，请在“一日生活记录”中填写书面服药委托。
			四、请勿让幼儿携带零食、小件物品和贵重物品入园。""";

	private static final String COMMITMENTS = """
			一、保育人员全部持证上岗，每年参加培训。
			二、每日户外活动不少于 2 小时，食谱每周公布，过敏幼儿单独备餐。
			三、监控覆盖所有幼儿活动区域，录像保存 90 天以上。
			四、家长的意见和投诉 2 个工作日内答复。""";

	private static final String FEES = """
			保育费按月收取，按物价部门备案标准执行；伙食费单独核算、每月公示收支。
			幼儿因病假连续缺勤 5 天以上的，按实际出勤天数退还伙食费。""";

	private final CommitteeManagement committee;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoCommittee(CommitteeManagement committee, JdbcClient jdbc, Clock clock) {
		this.committee = committee;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("SELECT count(*) FROM messaging_committee_member").query(Long.class).single() > 0) {
			return;
		}
		Optional<CurrentUser> head = account("org-admin");
		if (head.isEmpty()) {
			return;
		}
		Optional<UUID> parent = account("parent").map(CurrentUser::accountId);
		List<Invitable> guardians = committee.invitable(head.get())
			.stream()
			.filter(g -> parent.isEmpty() || !g.accountId().equals(parent.get()))
			.limit(ROLES.size())
			.toList();
		for (int i = 0; i < guardians.size(); i++) {
			Invitable guardian = guardians.get(i);
			UUID invitation = committee.invite(head.get(), guardian.accountId(), ROLES.get(i));
			committee.answer(new CurrentUser(guardian.accountId(), "demo-guardian", guardian.name(), Role.GUARDIAN,
					DataScope.guardian(guardian.accountId())), invitation, true);
		}
		parent.filter(p -> committee.invitable(head.get()).stream().anyMatch(g -> g.accountId().equals(p)))
			.ifPresent(p -> committee.invite(head.get(), p, CommitteeRole.MEMBER));
		LocalDate today = LocalDate.now(clock);
		String attendees = String.join("、", guardians.stream().map(Invitable::name).toList()) + "、周园长、保健员孙芳";
		committee.recordMinutes(head.get(), new NewMinutes(today.minusDays(35), "本学期第一次家委会会议", attendees,
				"一、通报本学期保教计划和安全工作。\n二、家委会讨论通过冬季户外活动安排。\n三、家长建议增加每周食谱的公示，园方同意在手机上每周发布。"));
		committee.recordMinutes(head.get(), new NewMinutes(today.minusDays(7), "伙食与过敏幼儿膳食", attendees,
				"一、保健员介绍冬季食谱和过敏幼儿单独备餐的做法。\n二、家委会抽查厨房和留样记录，未发现问题。\n三、请家长在手机上及时填写孩子的过敏信息。"));
		committee.saveCommitment(head.get(), CommitmentKind.HOUSE_RULES, HOUSE_RULES);
		committee.saveCommitment(head.get(), CommitmentKind.SERVICE_COMMITMENTS, COMMITMENTS);
		committee.saveCommitment(head.get(), CommitmentKind.FEE_NOTES, FEES);
		for (CommitmentKind kind : CommitmentKind.values()) {
			committee.publishCommitment(head.get(), kind);
		}
		log.info("Demo parents' committee: {} members, two minutes, published rules and commitments", guardians.size());
	}

	private Optional<CurrentUser> account(String username) {
		return jdbc.sql("SELECT id, display_name, role, institution_id FROM platform_account WHERE username = :u")
			.param("u", username)
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				Role role = Role.valueOf(rs.getString("role"));
				UUID institution = rs.getObject("institution_id", UUID.class);
				return new CurrentUser(id, username, rs.getString("display_name"), role,
						institution == null ? DataScope.guardian(id) : DataScope.institution(institution));
			})
			.optional();
	}
}
