package org.tuoyu.messaging.conversations;

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
import org.tuoyu.enrollment.EnrollmentRecord;
import org.tuoyu.enrollment.EnrollmentRecordManagement;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.Role;
import org.tuoyu.staff.ClassCaregiver;
import org.tuoyu.staff.StaffManagement;

/**
 * Demo profile: the demo {@code caregiver} account is linked to a caregiver of the class the demo
 * {@code parent}'s child is placed in, and parent and teacher have exchanged a few messages through the
 * facade, the last one from the parent still unread. Runs once, on a database without threads.
 */
@Component
@Profile("demo")
@Order(120)
class DemoConversations implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoConversations.class);

	private final JdbcClient jdbc;

	private final FamilyManagement family;

	private final EnrollmentRecordManagement records;

	private final StaffManagement staff;

	private final ConversationManagement conversations;

	DemoConversations(JdbcClient jdbc, FamilyManagement family, EnrollmentRecordManagement records,
			StaffManagement staff, ConversationManagement conversations) {
		this.jdbc = jdbc;
		this.family = family;
		this.records = records;
		this.staff = staff;
		this.conversations = conversations;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("SELECT count(*) FROM messaging_thread").query(Long.class).single() > 0) {
			return;
		}
		Optional<CurrentUser> parent = demoUser("parent");
		Optional<CurrentUser> teacher = demoUser("caregiver");
		Optional<CurrentUser> head = demoUser("org-admin");
		if (parent.isEmpty() || teacher.isEmpty() || head.isEmpty()) {
			return;
		}
		UUID institution = head.get().scope().institutionId();
		Optional<EnrollmentRecord> placed = family.childIdsOf(parent.get().accountId())
			.stream()
			.flatMap(child -> records.currentPlacement(child).stream())
			.filter(p -> p.institutionId().equals(institution))
			.findFirst();
		List<ClassCaregiver> caregivers = placed.map(p -> staff.caregiversOf(p.classId())).orElse(List.of());
		if (caregivers.isEmpty()) {
			return;
		}
		staff.linkAccount(head.get(), caregivers.get(0).personId(), teacher.get().accountId());
		UUID thread = conversations.startForChild(parent.get(), placed.get().childId()).id();
		conversations.send(parent.get(), thread, "老师您好，孩子昨晚睡得有点晚，今天午睡麻烦多留意一下，谢谢！", List.of());
		conversations.send(teacher.get(), thread, "好的，中午我们会早点安排午睡，下午把情况告诉您。", List.of());
		conversations.send(parent.get(), thread, "谢谢老师！另外明天奶奶来接。", List.of());
		log.info("Demo conversation between parent and caregiver about {}", placed.get().childName());
	}

	private Optional<CurrentUser> demoUser(String username) {
		return jdbc.sql("SELECT id, display_name, role, institution_id FROM platform_account WHERE username = :username")
			.param("username", username)
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
