package org.tuoyu.platform;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.platform.account.Account;
import org.tuoyu.platform.account.AccountCreationPolicy;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.platform.account.PasswordPolicy;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.InvalidValueException;
import org.tuoyu.shared.PhoneNumber;

/**
 * Creating, listing, disabling accounts and changing passwords, always inside the acting
 * user's scope. An account outside the scope is reported as not found.
 */
@Service
public class AccountManagement {

	private static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{2,31}";

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final KnownDivisions divisions;

	private final AuditLog audit;

	private final Inbox inbox;

	AccountManagement(Accounts accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
			KnownDivisions divisions, AuditLog audit, Inbox inbox) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.divisions = divisions;
		this.audit = audit;
		this.inbox = inbox;
	}

	/** Creates an officer account inside the creator's scope; returns its id. */
	@Transactional
	public UUID createOfficer(CurrentUser creator, NewOfficerAccount request) {
		String username = normalisedUsername("username", request.username());
		if (request.displayName() == null || request.displayName().isBlank() || request.displayName().length() > 50) {
			throw new BusinessRuleException("displayName", "account.displayName.invalid");
		}
		if (request.role() == null) {
			throw new BusinessRuleException("role", "account.role.required");
		}
		DivisionCode division = divisionCode(request.divisionCode());
		AccountCreationPolicy.check(creator, request.role(), division);
		if (divisions.nameOf(division).isEmpty()) {
			throw new BusinessRuleException("divisionCode", "account.division.unknown", division.value());
		}
		if (accounts.existsByUsername(username)) {
			throw new BusinessRuleException("username", "account.username.taken", username);
		}
		passwordPolicy.check("password", username, request.password());
		return open(creator, new Account(UuidV7.next(), username, request.displayName().trim(),
				passwordEncoder.encode(request.password()), request.role(), division.value(), null, null, true, 0, null, null),
				division);
	}

	/**
	 * Creates an institution staff account scoped to one institution. The calling module has
	 * already checked that the creator may act for that institution.
	 * @param division the institution's division, for scoped audit browsing
	 */
	@Transactional
	public UUID createInstitutionAccount(CurrentUser creator, String username, String displayName, Role role,
			UUID institutionId, DivisionCode division, String password) {
		if (!role.isInstitutionStaff()) {
			throw new BusinessRuleException("role", "account.create.institutionRolesOnly");
		}
		boolean mayCreate = creator.role() == Role.CITY_ADMIN || creator.role() == Role.DISTRICT_ADMIN
				|| (creator.role() == Role.INSTITUTION_ADMIN && institutionId.equals(creator.scope().institutionId()));
		if (!mayCreate) {
			throw new BusinessRuleException(null, "account.create.notAdmin");
		}
		String name = normalisedUsername("adminUsername", username);
		if (accounts.existsByUsername(name)) {
			throw new BusinessRuleException("adminUsername", "account.username.taken", name);
		}
		passwordPolicy.check("adminPassword", name, password);
		return open(creator, new Account(UuidV7.next(), name, displayName, passwordEncoder.encode(password), role, null,
				institutionId, null, true, 0, null, null), division);
	}

	/**
	 * Creates the account of a guidance provider's worker, scoped to that provider. The guidance
	 * module has already checked that the creator may act for the provider.
	 * @param division the division of the provider's home area, for scoped audit browsing
	 */
	@Transactional
	public UUID createProviderAccount(CurrentUser creator, String username, String displayName, UUID providerId,
			DivisionCode division, String password) {
		if (creator.role() != Role.CITY_ADMIN && creator.role() != Role.DISTRICT_ADMIN) {
			throw new BusinessRuleException(null, "account.create.notAdmin");
		}
		String name = normalisedUsername("username", username);
		if (displayName == null || displayName.isBlank() || displayName.length() > 50) {
			throw new BusinessRuleException("displayName", "account.displayName.invalid");
		}
		if (accounts.existsByUsername(name)) {
			throw new BusinessRuleException("username", "account.username.taken", name);
		}
		passwordPolicy.check("password", name, password);
		return open(creator, new Account(UuidV7.next(), name, displayName.trim(), passwordEncoder.encode(password),
				Role.GUIDANCE_PROVIDER, null, null, providerId, true, 0, null, null), division);
	}

	/**
	 * A guardian registers: the mobile number is the sign-in name (one account per number), the
	 * password follows the policy. Returns the new account's id.
	 */
	@Transactional
	public UUID registerGuardian(String phone, String displayName, String password) {
		PhoneNumber number = BusinessRuleException.onField("phone", () -> PhoneNumber.of(phone == null ? "" : phone));
		String name = displayName == null ? "" : displayName.trim();
		if (name.isEmpty() || name.length() > 30) {
			throw new BusinessRuleException("displayName", "account.displayName.length", 1, 30);
		}
		if (accounts.existsByUsername(number.value())) {
			throw new BusinessRuleException("phone", "account.phone.taken");
		}
		passwordPolicy.check("password", number.value(), password);
		Account account = new Account(UuidV7.next(), number.value(), name, passwordEncoder.encode(password),
				Role.GUARDIAN, null, null, null, true, 0, null, null);
		accounts.insert(account, null);
		audit.recordAs(account.id(), number.masked(), AuditEntry.of("ACCOUNT_REGISTERED", "account", account.id())
			.withDetails(number.masked() + " GUARDIAN"));
		inbox.send(account.id(), "notification.welcome", "/family", name);
		return account.id();
	}

	/** Stores a checked new account, audits it in its division and welcomes its owner. */
	private UUID open(CurrentUser creator, Account account, DivisionCode division) {
		accounts.insert(account, creator.accountId());
		audit.record(AuditEntry.of("ACCOUNT_CREATED", "account", account.id())
			.in(division)
			.withDetails(account.username() + " " + account.role().name()));
		inbox.send(account.id(), "notification.welcome", "/profile", account.displayName());
		return account.id();
	}

	/** Creates the first city administrator; only used at first start. */
	@Transactional
	public UUID createFirstAdministrator(String requestedUsername, String password, DivisionCode city,
			boolean checkPolicy) {
		String username = normalisedUsername("username", requestedUsername);
		if (checkPolicy) {
			passwordPolicy.check("password", username, password);
		}
		Account account = new Account(UuidV7.next(), username, "系统管理员", passwordEncoder.encode(password),
				Role.CITY_ADMIN, city.value(), null, null, true, 0, null, null);
		accounts.insert(account, null);
		audit.recordAs(null, "system", AuditEntry.of("ACCOUNT_CREATED", "account", account.id())
			.in(city)
			.withDetails(username + " CITY_ADMIN (first administrator)"));
		return account.id();
	}

	/** The enabled accounts of an institution, e.g. to notify it. */
	@Transactional(readOnly = true)
	public List<UUID> institutionAccounts(UUID institutionId) {
		return accounts.idsOfInstitution(institutionId);
	}

	/**
	 * The mobile number an enabled guardian account signs in with (a guardian registers with it), for
	 * the outbound notification channel; empty for any other account, a disabled one or a sign-in name
	 * that is not a mobile number.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<String> guardianMobile(UUID accountId) {
		return accounts.findById(accountId)
			.filter(account -> account.role() == Role.GUARDIAN && account.enabled())
			.map(Account::username)
			.filter(AccountManagement::isMobile);
	}

	private static boolean isMobile(String username) {
		try {
			return PhoneNumber.of(username).value().equals(username);
		}
		catch (InvalidValueException notMobile) {
			return false;
		}
	}

	/** The enabled accounts of an institution with one of the roles, e.g. to notify its health workers. */
	@Transactional(readOnly = true)
	public List<UUID> institutionAccounts(UUID institutionId, Role... roles) {
		return accounts.idsOfInstitution(institutionId,
				java.util.Arrays.stream(roles).map(Role::name).toList());
	}

	/**
	 * The enabled accounts of an institution by id, each named "display name (username)", ordered by
	 * name, e.g. for its administrator to say which account a staff member signs in with.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, String> institutionAccountNames(UUID institutionId) {
		Map<UUID, String> names = new LinkedHashMap<>();
		accounts.idsOfInstitution(institutionId)
			.stream()
			.map(accounts::findById)
			.flatMap(java.util.Optional::stream)
			.sorted(java.util.Comparator.comparing(Account::displayName).thenComparing(Account::username))
			.forEach(a -> names.put(a.id(), a.displayName() + " (" + a.username() + ")"));
		return names;
	}

	/** The enabled officers with one of the roles whose area contains the division, e.g. to notify them. */
	@Transactional(readOnly = true)
	public List<UUID> officersCovering(DivisionCode division, Role... roles) {
		return accounts.idsOfOfficersCovering(division.value(),
				java.util.Arrays.stream(roles).map(Role::name).toList());
	}

	/**
	 * The display names of officer accounts by id (unknown or non-officer ids are left out), e.g. to
	 * show who is assigned to an inspection.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, String> officerNames(Collection<UUID> accountIds) {
		Map<UUID, String> names = new LinkedHashMap<>();
		for (UUID id : new LinkedHashSet<>(accountIds)) {
			accounts.findById(id).filter(a -> a.role().isOfficer()).ifPresent(a -> names.put(id, a.displayName()));
		}
		return names;
	}

	/** Officer accounts the user may manage, ordered by division. */
	@Transactional(readOnly = true)
	public List<Account> visibleAccounts(CurrentUser user) {
		return user.scope().divisionRoot().map(root -> accounts.findOfficersWithin(root.value())).orElse(List.of());
	}

	/**
	 * The officer accounts with a role inside the user's division subtree, ordered by division, e.g.
	 * the inspectors a district may enrol for draws.
	 */
	@Transactional(readOnly = true)
	public List<OfficerAccount> officers(CurrentUser user, Role role) {
		return visibleAccounts(user).stream()
			.filter(account -> account.role() == role)
			.map(account -> new OfficerAccount(account.id(), account.username(), account.displayName(), account.role(),
					account.divisionCode(), account.enabled()))
			.toList();
	}

	/** One account the user may manage, or 404. */
	@Transactional(readOnly = true)
	public Account visibleAccount(CurrentUser user, UUID id) {
		return accounts.findById(id)
			.filter(account -> account.role().isDivisionScoped()
					&& user.scope().covers(DivisionCode.of(account.divisionCode())))
			.filter(account -> user.role() == Role.CITY_ADMIN || user.role() == Role.DISTRICT_ADMIN)
			.orElseThrow(() -> new NotFoundException("account"));
	}

	/** Enables or disables an account in the user's scope; nobody disables themself. */
	@Transactional
	public void setEnabled(CurrentUser user, UUID id, boolean enabled) {
		Account account = visibleAccount(user, id);
		if (account.id().equals(user.accountId())) {
			throw new BusinessRuleException(null, "account.disable.self");
		}
		if (user.role() == Role.DISTRICT_ADMIN && account.role() == Role.CITY_ADMIN) {
			throw new NotFoundException("account");
		}
		accounts.updateEnabled(id, enabled);
		audit.record(AuditEntry.of(enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", "account", id)
			.in(DivisionCode.of(account.divisionCode()))
			.withDetails(account.username()));
	}

	/**
	 * Changes an officer account's name, role and division, under the same rules as creating one.
	 * Nobody changes their own role or division; an account outside the editor's scope is not found.
	 */
	@Transactional
	public void updateOfficer(CurrentUser editor, UUID id, String displayName, Role role, String divisionCode) {
		Account account = visibleAccount(editor, id);
		if (displayName == null || displayName.isBlank() || displayName.length() > 50) {
			throw new BusinessRuleException("displayName", "account.displayName.invalid");
		}
		if (role == null) {
			throw new BusinessRuleException("role", "account.role.required");
		}
		DivisionCode division = divisionCode(divisionCode);
		boolean roleChanged = role != account.role() || !division.value().equals(account.divisionCode());
		if (roleChanged && account.id().equals(editor.accountId())) {
			throw new BusinessRuleException("role", "account.edit.self");
		}
		AccountCreationPolicy.check(editor, role, division);
		if (divisions.nameOf(division).isEmpty()) {
			throw new BusinessRuleException("divisionCode", "account.division.unknown", division.value());
		}
		accounts.updateOfficer(id, displayName.trim(), role, division.value());
		audit.record(AuditEntry.of(roleChanged ? "ACCOUNT_ROLE_CHANGED" : "ACCOUNT_UPDATED", "account", id)
			.in(division)
			.withDetails(account.username() + ": " + account.role() + " " + account.divisionCode() + " -> " + role + " "
					+ division.value()));
		if (roleChanged) {
			inbox.send(id, "notification.roleChanged", "/profile", role.messageKey(), division.value());
		}
	}

	/** Changes the user's own password after checking the current one. */
	@Transactional
	public void changePassword(CurrentUser user, String currentPassword, String newPassword) {
		Account account = accounts.findById(user.accountId()).orElseThrow(() -> new NotFoundException("account"));
		if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
			throw new BusinessRuleException("currentPassword", "password.currentWrong");
		}
		passwordPolicy.check("newPassword", account.username(), newPassword);
		if (passwordEncoder.matches(newPassword, account.passwordHash())) {
			throw new BusinessRuleException("newPassword", "password.unchanged");
		}
		accounts.updatePassword(account.id(), passwordEncoder.encode(newPassword));
		audit.record(AuditEntry.of("PASSWORD_CHANGED", "account", account.id()).withDetails(account.username()));
		inbox.send(account.id(), "notification.passwordChanged", "/profile");
	}

	private static String normalisedUsername(String field, String raw) {
		String username = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
		if (!username.matches(USERNAME_PATTERN)) {
			throw new BusinessRuleException(field, "account.username.format");
		}
		return username;
	}

	private static DivisionCode divisionCode(String raw) {
		try {
			return DivisionCode.of(raw);
		}
		catch (InvalidValueException ex) {
			throw new BusinessRuleException("divisionCode", ex.messageKey(), ex.arguments());
		}
	}
}
