package org.tuoyu.region.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.FormErrors;
import org.tuoyu.region.CsvUpload;
import org.tuoyu.region.ImportReport;
import org.tuoyu.region.RegionManagement;
import org.tuoyu.region.internal.RegionProperties;

/**
 * Regulator pages: the division tree with population, population editing, the district map and
 * imports.
 */
@Controller
@RequestMapping("/admin/regions")
class RegionController {

	private final CurrentUsers currentUsers;

	private final RegionManagement regions;

	private final RegionProperties properties;

	RegionController(CurrentUsers currentUsers, RegionManagement regions, RegionProperties properties) {
		this.currentUsers = currentUsers;
		this.regions = regions;
		this.properties = properties;
	}

	record PopulationForm(Integer year, Long residents, String source) {
	}

	@GetMapping
	String root() {
		return "redirect:/admin/regions/" + regions.scopeRoot(currentUsers.require()).division().code().value();
	}

	@GetMapping("/map")
	String map(Model model) {
		model.addAttribute("outline", properties.outline());
		model.addAttribute("root", regions.scopeRoot(currentUsers.require()));
		return "region/map";
	}

	@GetMapping("/import")
	String importPage() {
		return "region/import";
	}

	@GetMapping("/{code}")
	String division(@PathVariable String code, Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("summary", regions.summary(user, code));
		model.addAttribute("path", regions.path(user, code));
		model.addAttribute("children", regions.children(user, code));
		model.addAttribute("population", regions.population(user, code));
		model.addAttribute("baseline", regions.baseline(user, code));
		model.addAttribute("canEdit", regions.canEdit(user));
		if (!model.containsAttribute("populationForm")) {
			model.addAttribute("populationForm", new PopulationForm(null, null, ""));
		}
		return "region/division";
	}

	/** The children rows of one division, for expanding the tree in place (htmx). */
	@GetMapping("/{code}/children")
	String children(@PathVariable String code, Model model) {
		model.addAttribute("children", regions.children(currentUsers.require(), code));
		return "region/division :: rows";
	}

	@PostMapping("/{code}/population")
	String setPopulation(@PathVariable String code, @ModelAttribute("populationForm") PopulationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			regions.setPopulation(currentUsers.require(), code, form.year(), form.residents(), form.source());
			redirect.addFlashAttribute("flash", "population.saved");
			return "redirect:/admin/regions/" + code;
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return division(code, model);
		}
	}

	@PostMapping("/import/divisions")
	String importDivisions(@RequestParam("files") List<MultipartFile> files, Model model) throws IOException {
		List<CsvUpload> uploads = new ArrayList<>();
		for (MultipartFile file : files) {
			if (!file.isEmpty()) {
				uploads.add(new CsvUpload(file.getOriginalFilename(), file.getBytes()));
			}
		}
		return report(model, "divisions", () -> regions.importDivisions(currentUsers.require(), uploads));
	}

	@PostMapping("/import/population")
	String importPopulation(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		CsvUpload upload = new CsvUpload(file.getOriginalFilename(), file.getBytes());
		return report(model, "population", () -> regions.importPopulation(currentUsers.require(), upload));
	}

	private String report(Model model, String kind, java.util.function.Supplier<ImportReport> run) {
		model.addAttribute("kind", kind);
		try {
			model.addAttribute("report", run.get());
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("error", ex.messageKey());
		}
		return "region/import";
	}
}
