package org.tuoyu.messaging.menus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.enrollment.EnrollmentRecord;
import org.tuoyu.enrollment.EnrollmentRecordManagement;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.health.Allergies;
import org.tuoyu.health.Allergy;
import org.tuoyu.institution.CareClass;
import org.tuoyu.institution.ClassType;
import org.tuoyu.institution.InstitutionDetail;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.messaging.daily.Meal;
import org.tuoyu.messaging.menus.ClassMenuDay.AllergyAlert;
import org.tuoyu.messaging.menus.MenuRows.WeekRow;
import org.tuoyu.messaging.menus.MenuRows.Writing;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;

/**
 * Weekly menus and plans (每周食谱与周计划). The institution's administrator and health worker write
 * a week for a class type of the institution as a draft — or start from a copy of the week before —
 * correct it and publish it (see {@link MenuActions}); a published week may still be corrected and
 * stays published. Guardians read the published weeks of their child's class type, this week and
 * next, with the dishes containing the child's allergens marked; the staff read a class's day with
 * the children allergic to what is on it. Allergies come from the health module's
 * {@link Allergies}, which audits each child's read.
 */
@Service
public class MenuManagement {

	/** How many weeks back the institution's list of weeks reaches. */
	static final int WEEKS_BACK = 4;

	private final MenuRows rows;

	private final InstitutionManagement institutions;

	private final EnrollmentRecordManagement placements;

	private final FamilyManagement family;

	private final Allergies allergies;

	private final AuditLog audit;

	private final Clock clock;

	MenuManagement(MenuRows rows, InstitutionManagement institutions, EnrollmentRecordManagement placements,
			FamilyManagement family, Allergies allergies, AuditLog audit, Clock clock) {
		this.rows = rows;
		this.institutions = institutions;
		this.placements = placements;
		this.family = family;
		this.allergies = allergies;
		this.audit = audit;
		this.clock = clock;
	}

	/** The Monday of the city's current week. */
	public LocalDate thisWeek() {
		return MenuPolicy.weekStart(LocalDate.now(clock));
	}

	/** The class types of the staff member's institution's classes, the ones menus are written for. */
	@Transactional(readOnly = true)
	public List<ClassType> classTypes(CurrentUser user) {
		MenuActions.requireStaff(user);
		return institutions.own(user).classes().stream().map(CareClass::type).distinct().sorted().toList();
	}

	/** The classes of the staff member's institution, by name. */
	@Transactional(readOnly = true)
	public List<CareClass> classes(CurrentUser user) {
		MenuActions.requireStaff(user);
		return institutions.own(user).classes();
	}

	/** The institution's weeks from {@link #WEEKS_BACK} weeks ago on, for its staff. */
	@Transactional(readOnly = true)
	public List<WeekSummary> weeks(CurrentUser user) {
		MenuActions.requireStaff(user);
		return rows.weeks(user.scope().institutionId(), thisWeek().minusWeeks(WEEKS_BACK));
	}

	/**
	 * A week of a class type as the staff see it, draft or published; a week not written yet has no
	 * id, no status and no days.
	 */
	@Transactional(readOnly = true)
	public MenuWeek week(CurrentUser user, ClassType type, LocalDate weekStart) {
		MenuActions.requireStaff(user);
		LocalDate monday = monday(weekStart);
		return rows.week(user.scope().institutionId(), required(type), monday, false)
			.map(w -> w.with(rows.content(List.of(w.id())).get(w.id())))
			.orElse(new MenuWeek(null, type, monday, null, null, null, null, List.of()));
	}

	/**
	 * Writes a week's menu and plan, replacing what it said: a new week is a draft, a published one
	 * stays published with the correction.
	 *
	 * @return the week as saved
	 * @throws BusinessRuleException for a class type the institution has no class of, a week gone
	 *         by or too far ahead, or content {@link MenuPolicy} refuses (nothing is written)
	 */
	@Transactional
	public MenuWeek save(CurrentUser user, ClassType type, LocalDate weekStart, WeekDraft draft) {
		Writing writing = writing(user, type);
		LocalDate monday = MenuPolicy.writable(weekStart, LocalDate.now(clock));
		List<MenuDay> days = MenuPolicy.check(draft, monday);
		UUID id = rows.save(type, monday, null, writing);
		rows.replaceContent(id, days, writing);
		audit.record(AuditEntry.of("messaging.menus.week.save", "menuWeek", id)
			.withDetails(type.name() + " " + monday));
		return week(user, type, monday);
	}

	/**
	 * Starts a week not written yet as a draft copy of the week before (its days a week later).
	 *
	 * @throws BusinessRuleException when the week is written already or the week before has nothing
	 */
	@Transactional
	public MenuWeek copyPrevious(CurrentUser user, ClassType type, LocalDate weekStart) {
		Writing writing = writing(user, type);
		LocalDate monday = MenuPolicy.writable(weekStart, LocalDate.now(clock));
		UUID institution = writing.institutionId();
		if (rows.week(institution, type, monday, true).isPresent()) {
			throw new BusinessRuleException("weekStart", "messaging.menus.copy.exists");
		}
		WeekRow previous = rows.week(institution, type, monday.minusWeeks(1), false)
			.filter(w -> rows.hasContent(w.id()))
			.orElseThrow(() -> new BusinessRuleException("weekStart", "messaging.menus.copy.noPrevious"));
		List<MenuDay> days = rows.content(List.of(previous.id()))
			.get(previous.id())
			.stream()
			.map(d -> new MenuDay(d.day().plusWeeks(1), d.meals(), d.theme(), d.activities(), d.goals()))
			.toList();
		UUID id = rows.save(type, monday, previous.id(), writing);
		rows.replaceContent(id, days, writing);
		audit.record(AuditEntry.of("messaging.menus.week.copy", "menuWeek", id).withDetails(type.name() + " " + monday));
		return week(user, type, monday);
	}

	/**
	 * Publishes a written week to the families of the class type's children.
	 *
	 * @throws BusinessRuleException when the week is not written, has nothing, or is published already
	 */
	@Transactional
	public void publish(CurrentUser user, ClassType type, LocalDate weekStart) {
		writing(user, type);
		LocalDate monday = monday(weekStart);
		WeekRow week = rows.week(user.scope().institutionId(), type, monday, true)
			.orElseThrow(() -> new BusinessRuleException("weekStart", "messaging.menus.week.notWritten"));
		if (week.status() == WeekStatus.PUBLISHED) {
			throw new BusinessRuleException("weekStart", "messaging.menus.week.publishedAlready");
		}
		if (!rows.hasContent(week.id())) {
			throw new BusinessRuleException("weekStart", "messaging.menus.week.empty");
		}
		rows.publish(week.id(), user.accountId(), OffsetDateTime.now(clock));
		audit.record(AuditEntry.of("messaging.menus.week.publish", "menuWeek", week.id())
			.withDetails(type.name() + " " + monday));
	}

	/**
	 * A class's menu of a day (today when absent) for the institution's staff: what is written for
	 * its class type (draft or published), each dish marked with the class's children's allergens it
	 * contains, the children allergic to something on it, and every allergy of the class's children.
	 */
	@Transactional
	public ClassMenuDay classDay(CurrentUser user, UUID classId, LocalDate day) {
		MenuActions.requireStaff(user);
		CareClass careClass = institutions.own(user)
			.classes()
			.stream()
			.filter(c -> c.id().equals(classId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("class"));
		LocalDate date = day == null ? LocalDate.now(clock) : day;
		List<UUID> children = placements.placedIn(classId)
			.stream()
			.filter(p -> !p.startDate().isAfter(date))
			.map(EnrollmentRecord::childId)
			.toList();
		List<Allergy> classAllergies = allergies.ofChildren(user, children);
		WeekRow week = rows.week(user.scope().institutionId(), careClass.type(), MenuPolicy.weekStart(date), false)
			.orElse(null);
		MenuDay menu = week == null ? new MenuDay(date, Map.of(), null, null, null)
				: rows.content(List.of(week.id()))
					.get(week.id())
					.stream()
					.filter(d -> d.day().equals(date))
					.findFirst()
					.orElse(new MenuDay(date, Map.of(), null, null, null));
		List<String> allergens = classAllergies.stream().map(Allergy::allergen).distinct().toList();
		MenuDay marked = marked(menu, allergens);
		List<AllergyAlert> alerts = new ArrayList<>();
		for (Allergy allergy : classAllergies) {
			List<String> dishes = new ArrayList<>();
			marked.meals().forEach((meal, list) -> list.stream()
				.filter(d -> d.allergens().contains(allergy.allergen()))
				.forEach(d -> dishes.add(d.name())));
			if (!dishes.isEmpty()) {
				alerts.add(new AllergyAlert(allergy.childId(), allergy.childName(), allergy, dishes));
			}
		}
		return new ClassMenuDay(careClass.id(), careClass.name(), careClass.type(), date,
				week == null ? null : week.status(), marked, alerts, classAllergies);
	}

	/**
	 * A child's menus for the child's guardian: the published weeks of the child's class type at its
	 * institution, this week and next, with the dishes containing the child's allergens marked.
	 */
	@Transactional
	public ChildMenus childMenus(CurrentUser user, UUID childId) {
		MenuActions.requireGuardian(user);
		if (childId == null) {
			throw new NotFoundException("child");
		}
		String name = family.child(user, childId).name();
		List<Allergy> childAllergies = allergies.ofChild(user, childId);
		EnrollmentRecord placement = placements.currentPlacement(childId).orElse(null);
		if (placement == null) {
			return new ChildMenus(childId, name, null, null, childAllergies, List.of());
		}
		List<String> allergens = childAllergies.stream().map(Allergy::allergen).toList();
		LocalDate thisWeek = thisWeek();
		List<WeekRow> published = rows.published(placement.institutionId(), placement.classType(),
				List.of(thisWeek, thisWeek.plusWeeks(1)));
		Map<UUID, List<MenuDay>> content = rows.content(published.stream().map(WeekRow::id).toList());
		List<MenuWeek> weeks = published.stream()
			.map(w -> w.with(content.get(w.id()).stream().map(d -> marked(d, allergens)).toList()))
			.toList();
		return new ChildMenus(childId, name, placement.institutionName(), placement.classType(), childAllergies, weeks);
	}

	/** The day with each dish marked with the allergens, of those given, it contains. */
	static MenuDay marked(MenuDay day, Collection<String> allergens) {
		Map<Meal, List<Dish>> meals = new LinkedHashMap<>();
		day.meals().forEach((meal, dishes) -> meals.put(meal,
				dishes.stream().map(d -> d.withAllergens(AllergenPolicy.matched(d, allergens))).toList()));
		return new MenuDay(day.day(), meals, day.theme(), day.activities(), day.goals());
	}

	/** Checks the user writes menus and the institution has a class of the type; who writes, where, when. */
	private Writing writing(CurrentUser user, ClassType type) {
		MenuActions.requireEditor(user);
		InstitutionDetail detail = institutions.own(user);
		if (detail.classes().stream().noneMatch(c -> c.type() == required(type))) {
			throw new BusinessRuleException("classType", "messaging.menus.classType.none", type.messageKey());
		}
		return new Writing(detail.institution().id(), detail.institution().divisionCode().value(), user.accountId(),
				user.displayName(), OffsetDateTime.now(clock));
	}

	private static ClassType required(ClassType type) {
		if (type == null) {
			throw new BusinessRuleException("classType", "messaging.menus.field.required");
		}
		return type;
	}

	private static LocalDate monday(LocalDate weekStart) {
		if (weekStart == null) {
			throw new BusinessRuleException("weekStart", "messaging.menus.field.required");
		}
		return MenuPolicy.weekStart(weekStart);
	}
}
