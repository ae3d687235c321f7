package org.tuoyu.platform.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.NewOfficerAccount;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.WorkingDays;
import org.tuoyu.platform.account.Account;
import org.tuoyu.platform.account.ApiToken;
import org.tuoyu.platform.account.ApiTokens;
import org.tuoyu.platform.audit.AuditQuery;
import org.tuoyu.platform.audit.AuditRecord;
import org.tuoyu.platform.audit.AuditVerification;
import org.tuoyu.platform.audit.JdbcAuditLog;
import org.tuoyu.platform.calendar.CalendarDay;
import org.tuoyu.platform.calendar.CityCalendar;
import org.tuoyu.platform.notification.JdbcInbox;
import org.tuoyu.shared.DayKind;

/**
 * JSON API of the platform: the current user, officer accounts, tokens, notifications, the
 * audit log and working days.
 */
@RestController
@RequestMapping("/api/v1")
class PlatformApiController {

	private final CurrentUsers currentUsers;

	private final AccountManagement accounts;

	private final ApiTokens tokens;

	private final JdbcInbox inbox;

	private final JdbcAuditLog audit;

	private final WorkingDays workingDays;

	private final CityCalendar calendar;

	private final Texts texts;

	private final Clock clock;

	PlatformApiController(CurrentUsers currentUsers, AccountManagement accounts, ApiTokens tokens, JdbcInbox inbox,
			JdbcAuditLog audit, WorkingDays workingDays, CityCalendar calendar, Texts texts, Clock clock) {
		this.currentUsers = currentUsers;
		this.accounts = accounts;
		this.tokens = tokens;
		this.inbox = inbox;
		this.audit = audit;
		this.workingDays = workingDays;
		this.calendar = calendar;
		this.texts = texts;
		this.clock = clock;
	}

	/** The current user as the API reports it. */
	record Me(String username, String displayName, Role role, Scope scope) {
	}

	/** A data scope: the kind and its root. */
	record Scope(String kind, String divisionCode, UUID institutionId, UUID providerId) {
	}

	record AccountView(UUID id, String username, String displayName, Role role, String divisionCode, boolean enabled,
			boolean locked) {

		static AccountView of(Account account, Instant now) {
			return new AccountView(account.id(), account.username(), account.displayName(), account.role(),
					account.divisionCode(), account.enabled(), account.lockedAt(now));
		}
	}

	record NewAccountRequest(@NotBlank String username, @NotBlank String displayName, @NotNull Role role,
			@NotBlank String divisionCode, @NotBlank String password) {
	}

	record AccountUpdate(@NotBlank String displayName, @NotNull Role role, @NotBlank String divisionCode) {
	}

	record CalendarDayRequest(@NotNull DayKind kind, String note) {
	}

	record NewTokenRequest(@NotBlank String name) {
	}

	record NotificationView(UUID id, String text, String link, Instant createdAt, boolean read) {
	}

	@GetMapping("/me")
	Me me() {
		CurrentUser user = currentUsers.require();
		Scope scope;
		if (user.role().isDivisionScoped()) {
			scope = new Scope("DIVISION", user.scope().division().value(), null, null);
		}
		else if (user.role() == Role.GUIDANCE_PROVIDER) {
			scope = new Scope("PROVIDER", null, null, user.scope().providerId());
		}
		else if (user.role().isInstitutionStaff()) {
			scope = new Scope("INSTITUTION", null, user.scope().institutionId(), null);
		}
		else {
			scope = new Scope("OWN_CHILDREN", null, null, null);
		}
		return new Me(user.username(), user.displayName(), user.role(), scope);
	}

	@GetMapping("/accounts")
	@PreAuthorize("hasAnyRole('CITY_ADMIN', 'DISTRICT_ADMIN')")
	List<AccountView> accounts() {
		return accounts.visibleAccounts(currentUsers.require()).stream().map(a -> AccountView.of(a, clock.instant())).toList();
	}

	@GetMapping("/accounts/{id}")
	@PreAuthorize("hasAnyRole('CITY_ADMIN', 'DISTRICT_ADMIN')")
	AccountView account(@PathVariable UUID id) {
		return AccountView.of(accounts.visibleAccount(currentUsers.require(), id), clock.instant());
	}

	@PostMapping("/accounts")
	@PreAuthorize("hasAnyRole('CITY_ADMIN', 'DISTRICT_ADMIN')")
	ResponseEntity<AccountView> createAccount(@Valid @RequestBody NewAccountRequest request) {
		CurrentUser user = currentUsers.require();
		UUID id = accounts.createOfficer(user, new NewOfficerAccount(request.username(), request.displayName(),
				request.role(), request.divisionCode(), request.password()));
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + id))
			.body(AccountView.of(accounts.visibleAccount(user, id), clock.instant()));
	}

	@PutMapping("/accounts/{id}")
	@PreAuthorize("hasAnyRole('CITY_ADMIN', 'DISTRICT_ADMIN')")
	AccountView updateAccount(@PathVariable UUID id, @Valid @RequestBody AccountUpdate update) {
		accounts.updateOfficer(currentUsers.require(), id, update.displayName(), update.role(), update.divisionCode());
		return account(id);
	}

	@PostMapping("/accounts/{id}/disable")
	@PreAuthorize("hasAnyRole('CITY_ADMIN', 'DISTRICT_ADMIN')")
	AccountView disable(@PathVariable UUID id) {
		accounts.setEnabled(currentUsers.require(), id, false);
		return account(id);
	}

	@PostMapping("/accounts/{id}/enable")
	@PreAuthorize("hasAnyRole('CITY_ADMIN', 'DISTRICT_ADMIN')")
	AccountView enable(@PathVariable UUID id) {
		accounts.setEnabled(currentUsers.require(), id, true);
		return account(id);
	}

	@GetMapping("/tokens")
	List<ApiToken> tokens() {
		return tokens.list(currentUsers.require());
	}

	/** Creates a token; the secret is in the answer once and never again. */
	@PostMapping("/tokens")
	ResponseEntity<Map<String, String>> createToken(@Valid @RequestBody NewTokenRequest request) {
		String secret = tokens.create(currentUsers.require(), request.name());
		return ResponseEntity.status(201).body(Map.of("name", request.name().trim(), "token", secret));
	}

	@DeleteMapping("/tokens/{id}")
	ResponseEntity<Void> revokeToken(@PathVariable UUID id) {
		tokens.revoke(currentUsers.require(), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/notifications")
	List<NotificationView> notifications() {
		return inbox.latest(currentUsers.require().accountId(), 100)
			.stream()
			.map(n -> new NotificationView(n.id(), texts.text(n.messageKey(), n.arguments().toArray()), n.link(),
					n.createdAt(), !n.unread()))
			.toList();
	}

	@PostMapping("/notifications/{id}/read")
	ResponseEntity<Void> markRead(@PathVariable UUID id) {
		inbox.markRead(currentUsers.require().accountId(), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/audit")
	@PreAuthorize("hasAnyRole('CITY_ADMIN', 'DISTRICT_ADMIN')")
	List<AuditRecord> audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String target,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page) {
		return audit.search(new AuditQuery(actor, action, target, from, to, page), currentUsers.require())
			.stream()
			.limit(AuditQuery.PAGE_SIZE)
			.toList();
	}

	@GetMapping("/audit/verification")
	@PreAuthorize("hasRole('CITY_ADMIN')")
	AuditVerification verifyAudit() {
		return audit.verify();
	}

	/** The holidays and adjusted working days recorded for a year. */
	@GetMapping("/calendar/{year}")
	List<CalendarDay> calendar(@PathVariable int year) {
		return calendar.exceptionsOf(year);
	}

	/** Records a holiday or adjusted working day (city administrator). */
	@PutMapping("/calendar/days/{day}")
	@PreAuthorize("hasRole('CITY_ADMIN')")
	CalendarDay putCalendarDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@Valid @RequestBody CalendarDayRequest request) {
		CalendarDay entry = new CalendarDay(day, request.kind(), request.note());
		calendar.put(entry);
		return entry;
	}

	@DeleteMapping("/calendar/days/{day}")
	@PreAuthorize("hasRole('CITY_ADMIN')")
	ResponseEntity<Void> deleteCalendarDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
		calendar.remove(day);
		return ResponseEntity.noContent().build();
	}

	/** The date a number of working days after a start date, per the city calendar. */
	@GetMapping("/calendar/working-days")
	Map<String, Object> plusWorkingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam int days) {
		if (days < 0 || days > 3650) {
			throw new org.tuoyu.platform.BusinessRuleException("days", "calendar.daysRange", 0, 3650);
		}
		return Map.of("from", from, "days", days, "date", workingDays.plusWorkingDays(from, days));
	}
}
