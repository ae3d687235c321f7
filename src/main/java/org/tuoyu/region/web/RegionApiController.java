package org.tuoyu.region.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.ProblemTypes;
import org.tuoyu.platform.web.Texts;
import org.tuoyu.region.BaselineFigure;
import org.tuoyu.region.CsvUpload;
import org.tuoyu.region.DivisionSummary;
import org.tuoyu.region.ImportReport;
import org.tuoyu.region.PopulationEntry;
import org.tuoyu.region.RegionManagement;

/**
 * JSON API of divisions, population and imports, limited to the caller's division scope.
 */
@RestController
@RequestMapping("/api/v1/regions")
class RegionApiController {

	private final CurrentUsers currentUsers;

	private final RegionManagement regions;

	private final Texts texts;

	RegionApiController(CurrentUsers currentUsers, RegionManagement regions, Texts texts) {
		this.currentUsers = currentUsers;
		this.regions = regions;
		this.texts = texts;
	}

	/** A division with its children, population history and baseline figures. */
	record DivisionDetail(DivisionSummary division, List<DivisionSummary> children, List<PopulationEntry> population,
			List<BaselineFigure> baseline) {
	}

	record PopulationRequest(Long residents, String source) {
	}

	/** One bad import row, translated. */
	record ImportError(String file, int line, String code, String message) {
	}

	@GetMapping
	DivisionDetail root() {
		return detail(regions.scopeRoot(currentUsers.require()).division().code().value());
	}

	@GetMapping("/{code}")
	DivisionDetail detail(@PathVariable String code) {
		CurrentUser user = currentUsers.require();
		return new DivisionDetail(regions.summary(user, code), regions.children(user, code),
				regions.population(user, code), regions.baseline(user, code));
	}

	@PutMapping("/{code}/population/{year}")
	List<PopulationEntry> setPopulation(@PathVariable String code, @PathVariable int year,
			@RequestBody PopulationRequest request) {
		CurrentUser user = currentUsers.require();
		regions.setPopulation(user, code, year, request.residents(), request.source());
		return regions.population(user, code);
	}

	/** Imports division CSV files (china-division format); 422 with every bad row otherwise. */
	@PostMapping(path = "/import", consumes = "multipart/form-data")
	ResponseEntity<Object> importDivisions(@RequestParam("files") List<MultipartFile> files) throws IOException {
		List<CsvUpload> uploads = new ArrayList<>();
		for (MultipartFile file : files) {
			uploads.add(new CsvUpload(file.getOriginalFilename(), file.getBytes()));
		}
		return answer(regions.importDivisions(currentUsers.require(), uploads));
	}

	/** Imports population CSV ({@code division_code,year,residents[,source]}). */
	@PostMapping(path = "/population/import", consumes = "multipart/form-data")
	ResponseEntity<Object> importPopulation(@RequestParam("file") MultipartFile file) throws IOException {
		return answer(regions.importPopulation(currentUsers.require(),
				new CsvUpload(file.getOriginalFilename(), file.getBytes())));
	}

	private ResponseEntity<Object> answer(ImportReport report) {
		if (report.succeeded()) {
			return ResponseEntity.ok(report);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				texts.text("import.rejected", report.problems().size(), report.rowsRead()));
		problem.setType(ProblemTypes.IMPORT_REJECTED);
		problem.setTitle(texts.text("import.rejected.title"));
		problem.setProperty("errors", report.problems()
			.stream()
			.map(p -> new ImportError(p.file(), p.line(), p.messageKey(), texts.text(p.messageKey(), p.arguments().toArray())))
			.toList());
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
	}
}
