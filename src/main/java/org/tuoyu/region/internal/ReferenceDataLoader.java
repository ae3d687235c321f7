package org.tuoyu.region.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.region.BaselineFigure;
import org.tuoyu.region.CsvUpload;
import org.tuoyu.region.ImportReport;

/**
 * Loads the deployment city's reference data (divisions, census population, the plan's baseline
 * figures) into an empty database, through the same validating imports an administrator uses.
 */
@Component
@Order(10)
class ReferenceDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

	private static final List<String> DIVISION_FILES = List.of("cities.csv", "areas.csv", "streets.csv", "villages.csv");

	private final RegionProperties properties;

	private final ResourceLoader resources;

	private final DivisionRows rows;

	private final DivisionImport divisionImport;

	private final PopulationImport populationImport;

	ReferenceDataLoader(RegionProperties properties, ResourceLoader resources, DivisionRows rows, DivisionImport divisionImport,
			PopulationImport populationImport) {
		this.properties = properties;
		this.resources = resources;
		this.rows = rows;
		this.divisionImport = divisionImport;
		this.populationImport = populationImport;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (properties.referenceData().isBlank() || rows.count() > 0) {
			return;
		}
		List<CsvUpload> files = new ArrayList<>();
		for (String name : DIVISION_FILES) {
			read(name).ifPresent(files::add);
		}
		require(divisionImport.run(files), "divisions");
		read("population.csv").ifPresent(file -> require(populationImport.run(file, code -> true, "reference-data"), "population"));
		read("baseline.csv").ifPresent(this::loadBaseline);
		log.info("Loaded reference divisions from {} ({} divisions)", properties.referenceData(), rows.count());
	}

	private void loadBaseline(CsvUpload file) {
		List<CsvReader.Row> records = CsvReader.read(file.content());
		for (CsvReader.Row row : records.subList(1, records.size())) {
			List<String> f = row.fields();
			rows.upsertBaseline(new BaselineFigure(f.get(0).trim(), Integer.parseInt(f.get(1).trim()), f.get(2).trim(),
					new BigDecimal(f.get(3).trim()), f.get(4).trim()));
		}
	}

	private Optional<CsvUpload> read(String name) {
		Resource resource = resources.getResource(properties.referenceData() + name);
		if (!resource.exists()) {
			return Optional.empty();
		}
		try (InputStream in = resource.getInputStream()) {
			return Optional.of(new CsvUpload(name, in.readAllBytes()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void require(ImportReport report, String what) {
		if (!report.succeeded()) {
			throw new IllegalStateException("Reference " + what + " are invalid: " + report.problems());
		}
	}
}
