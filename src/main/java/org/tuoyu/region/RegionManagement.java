package org.tuoyu.region;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.KnownDivisions;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;
import org.tuoyu.region.internal.DivisionImport;
import org.tuoyu.region.internal.DivisionRows;
import org.tuoyu.region.internal.PopulationImport;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.InvalidValueException;

/**
 * The division tree, population and baseline figures. Reads and edits are limited to the
 * officer's division subtree; a division outside it is reported as not found.
 */
@Service
public class RegionManagement implements KnownDivisions {

	private static final int MIN_YEAR = 1950;

	private static final int MAX_YEAR = 2100;

	private final DivisionRows rows;

	private final DivisionImport divisionImport;

	private final PopulationImport populationImport;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	RegionManagement(DivisionRows rows, DivisionImport divisionImport, PopulationImport populationImport, AuditLog audit,
			ApplicationEventPublisher events) {
		this.rows = rows;
		this.divisionImport = divisionImport;
		this.populationImport = populationImport;
		this.audit = audit;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> nameOf(DivisionCode code) {
		return rows.find(code.value()).map(Division::name);
	}

	/**
	 * Every street/town under a division, for public pick lists (names and codes are public data).
	 */
	@Transactional(readOnly = true)
	public List<Division> streetsUnder(DivisionCode root) {
		return rows.streetsUnder(root.value());
	}

	/** The direct sub-divisions of a division, for public pick lists (names and codes are public). */
	@Transactional(readOnly = true)
	public List<Division> subdivisionsOf(DivisionCode parent) {
		return rows.children(parent.value()).stream().map(DivisionSummary::division).toList();
	}

	/** The division at the root of the user's scope. */
	@Transactional(readOnly = true)
	public DivisionSummary scopeRoot(CurrentUser user) {
		DivisionCode root = user.scope().divisionRoot().orElseThrow(() -> new NotFoundException("division"));
		return rows.summary(root.value()).orElseThrow(() -> new NotFoundException("division"));
	}

	/** A division inside the user's scope with its population, or 404. */
	@Transactional(readOnly = true)
	public DivisionSummary summary(CurrentUser user, String code) {
		return rows.summary(visible(user, code).value()).orElseThrow(() -> new NotFoundException("division"));
	}

	@Transactional(readOnly = true)
	public List<DivisionSummary> children(CurrentUser user, String code) {
		return rows.children(visible(user, code).value());
	}

	/** The path from the user's scope root down to the division. */
	@Transactional(readOnly = true)
	public List<Division> path(CurrentUser user, String code) {
		DivisionCode visible = visible(user, code);
		return rows.path(visible.value()).stream().filter(d -> user.scope().covers(d.code())).toList();
	}

	@Transactional(readOnly = true)
	public List<PopulationEntry> population(CurrentUser user, String code) {
		return rows.population(visible(user, code).value());
	}

	@Transactional(readOnly = true)
	public List<BaselineFigure> baseline(CurrentUser user, String code) {
		return rows.baseline(visible(user, code).value());
	}

	/** Sets the resident population of a division in the user's scope for one year. */
	@Transactional
	public void setPopulation(CurrentUser user, String code, Integer year, Long residents, String source) {
		requireEditor(user);
		DivisionCode division = visible(user, code);
		if (year == null || year < MIN_YEAR || year > MAX_YEAR) {
			throw new BusinessRuleException("year", "population.year.range", MIN_YEAR, MAX_YEAR);
		}
		if (residents == null || residents < 0) {
			throw new BusinessRuleException("residents", "population.residents.invalid");
		}
		String cleanSource = source == null ? "" : source.trim();
		if (cleanSource.length() > 100) {
			throw new BusinessRuleException("source", "population.source.tooLong", 100);
		}
		rows.upsertPopulation(new PopulationEntry(division.value(), year, residents, cleanSource), user.username());
		events.publishEvent(new RegionDataChanged(division.value()));
		audit.record(AuditEntry.of("POPULATION_SET", "division", division.value())
			.in(division)
			.withDetails(year + ": " + residents));
	}

	/** Imports divisions (city administrators only); writes nothing unless every row is valid. */
	@Transactional
	public ImportReport importDivisions(CurrentUser user, List<CsvUpload> files) {
		if (user.role() != Role.CITY_ADMIN) {
			throw new BusinessRuleException(null, "import.divisions.cityAdminOnly");
		}
		ImportReport report = divisionImport.run(files);
		if (report.succeeded()) {
			events.publishEvent(new RegionDataChanged(null));
		}
		audit.record(AuditEntry.of(report.succeeded() ? "DIVISIONS_IMPORTED" : "DIVISIONS_IMPORT_REJECTED", "division", null)
			.withDetails(report.rowsRead() + " rows, " + report.problems().size() + " problems"));
		return report;
	}

	/** Imports population rows inside the user's scope; writes nothing unless every row is valid. */
	@Transactional
	public ImportReport importPopulation(CurrentUser user, CsvUpload file) {
		requireEditor(user);
		ImportReport report = populationImport.run(file, user.scope()::covers, user.username());
		if (report.succeeded()) {
			events.publishEvent(new RegionDataChanged(null));
		}
		audit.record(AuditEntry.of(report.succeeded() ? "POPULATION_IMPORTED" : "POPULATION_IMPORT_REJECTED",
				"division", null)
			.in(user.scope().division())
			.withDetails(report.rowsRead() + " rows, " + report.problems().size() + " problems"));
		return report;
	}

	/** Whether the user may edit population figures. */
	public boolean canEdit(CurrentUser user) {
		return user.role() == Role.CITY_ADMIN || user.role() == Role.DISTRICT_ADMIN || user.role() == Role.STREET_OFFICER;
	}

	private void requireEditor(CurrentUser user) {
		if (!canEdit(user)) {
			throw new BusinessRuleException(null, "population.notEditor");
		}
	}

	private static DivisionCode visible(CurrentUser user, String code) {
		try {
			DivisionCode division = DivisionCode.of(code);
			if (user.scope().covers(division)) {
				return division;
			}
		}
		catch (InvalidValueException ex) {
			// An unparsable code is as unknown as one outside the scope.
		}
		throw new NotFoundException("division");
	}
}
