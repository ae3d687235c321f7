package org.tuoyu.e2e;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tuoyu.enrollment.EnrollmentManagement;
import org.tuoyu.enrollment.NewApplication;
import org.tuoyu.enrollment.PlacementManagement;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.family.NewChild;
import org.tuoyu.family.Relation;
import org.tuoyu.institution.ClassType;
import org.tuoyu.institution.DemonstrationLevel;
import org.tuoyu.institution.InstitutionCategory;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.institution.NewClass;
import org.tuoyu.institution.NewInstitution;
import org.tuoyu.institution.NewSite;
import org.tuoyu.institution.Ownership;
import org.tuoyu.institution.RegistrationType;
import org.tuoyu.institution.ServiceForm;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.Sex;
import org.tuoyu.test.CreditCodes;
import org.tuoyu.test.HealthFixtures;
import org.tuoyu.test.TestClock;

/**
 * A filed institution with one toddler class and a staff account, and a guardian's girl of 16
 * months placed in the class, set up through the facades for a browser journey. Every account
 * uses {@code password}.
 */
record ChildPlacement(String street, int serial, String institutionName, String orgUsername, String className,
		String staffUsername, String staffName, Role staffRole, String guardianPhone, String guardianName,
		String childName, String password) {

	/** Sets it all up and returns the child's id. */
	UUID place(ApplicationContext context) {
		InstitutionManagement institutions = context.getBean(InstitutionManagement.class);
		AccountManagement accounts = context.getBean(AccountManagement.class);
		PlacementManagement placements = context.getBean(PlacementManagement.class);
		Accounts accountRows = context.getBean(Accounts.class);
		var admin = accountRows.findByUsername("admin").orElseThrow();
		CurrentUser city = new CurrentUser(admin.id(), "admin", admin.displayName(), Role.CITY_ADMIN, admin.scope());
		UUID id = institutions.register(city, new NewInstitution(institutionName, CreditCodes.valid(serial),
				RegistrationType.ENTERPRISE, Ownership.PRIVATE, InstitutionCategory.STANDALONE, Set.of(ServiceForm.FULL_DAY),
				"钱园长", "0510-81234570", false, null, null, DemonstrationLevel.NONE,
				new NewSite("主园区", "梁溪区南长街1号", street, new BigDecimal("31.565000"), new BigDecimal("120.305000"), 1,
						new BigDecimal("300"), null),
				orgUsername, password));
		var head = accountRows.findByUsername(orgUsername).orElseThrow();
		CurrentUser orgAdmin = new CurrentUser(head.id(), head.username(), head.displayName(), Role.INSTITUTION_ADMIN,
				DataScope.institution(id));
		UUID site = institutions.detail(orgAdmin, id).mainSite().id();
		UUID classId = institutions.addClass(orgAdmin, id, new NewClass(site, className, ClassType.TODDLER, 12));
		context.getBean(JdbcClient.class)
			.sql("UPDATE institution_institution SET status = 'FILED' WHERE id = :id")
			.param("id", id)
			.update();
		accounts.createInstitutionAccount(orgAdmin, staffUsername, staffName, staffRole, id, DivisionCode.of(street),
				password);

		UUID guardianId = accounts.registerGuardian(guardianPhone, guardianName, password);
		CurrentUser guardian = new CurrentUser(guardianId, guardianPhone, guardianName, Role.GUARDIAN,
				DataScope.guardian(guardianId));
		LocalDate today = TestClock.today();
		UUID child = context.getBean(FamilyManagement.class)
			.addChild(guardian, new NewChild(childName, Sex.FEMALE, today.minusMonths(16), null, Relation.MOTHER));
		UUID application = context.getBean(EnrollmentManagement.class)
			.apply(guardian, new NewApplication(child, List.of(id), today, ServiceForm.FULL_DAY, null, Set.of(), Set.of()));
		placements.accept(guardian, placements.offer(orgAdmin, application, classId, 3));
		HealthFixtures.admitted(context.getBean(JdbcClient.class), child);
		return child;
	}

	/** Another staff account at the institution {@link #place} registered. */
	void addStaff(ApplicationContext context, String username, String name, Role role) {
		var head = context.getBean(Accounts.class).findByUsername(orgUsername).orElseThrow();
		CurrentUser orgAdmin = new CurrentUser(head.id(), head.username(), head.displayName(), Role.INSTITUTION_ADMIN,
				head.scope());
		context.getBean(AccountManagement.class).createInstitutionAccount(orgAdmin, username, name, role,
				head.scope().institutionId(), DivisionCode.of(street), password);
	}
}
