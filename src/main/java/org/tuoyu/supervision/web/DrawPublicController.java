package org.tuoyu.supervision.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.web.FormErrors;
import org.tuoyu.supervision.DrawDetail;
import org.tuoyu.supervision.DrawPublication;

/** Public pages of double-random draws (no login): the list, one draw, and verification. */
@Controller
class DrawPublicController {

	private final DrawPublication publication;

	DrawPublicController(DrawPublication publication) {
		this.publication = publication;
	}

	/** What someone pastes to recompute a draw; the expected values are optional. */
	record VerifyForm(String inputs, String seed, String seedHash, String inputsHash, String result) {
	}

	@GetMapping("/directory/draws")
	String list(Model model) {
		model.addAttribute("draws", publication.draws());
		return "supervision/draw/public-list";
	}

	@GetMapping("/directory/draws/{id}")
	String detail(@PathVariable UUID id, Model model) {
		model.addAttribute("draw", publication.detail(id));
		return "supervision/draw/public-draw";
	}

	/** Recomputes the draw from its published inputs and seed and shows each check. */
	@GetMapping("/directory/draws/{id}/verification")
	String verification(@PathVariable UUID id, Model model) {
		DrawDetail draw = publication.detail(id);
		model.addAttribute("draw", draw);
		try {
			model.addAttribute("check", publication.verify(id));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("flashError", ex.messageKey());
		}
		return "supervision/draw/public-draw";
	}

	/** The verification form, prefilled from a published draw when {@code draw} is given. */
	@GetMapping("/directory/draws/verify")
	String verifyForm(@org.springframework.web.bind.annotation.RequestParam(required = false) UUID draw, Model model) {
		if (!model.containsAttribute("verifyForm")) {
			VerifyForm form = new VerifyForm("", "", "", "", "");
			if (draw != null) {
				DrawDetail detail = publication.detail(draw);
				form = new VerifyForm(DrawPublication.text(publication.inputs(draw)),
						detail.seed() == null ? "" : detail.seed(), detail.summary().seedHash(),
						detail.summary().inputsHash(), "");
			}
			model.addAttribute("verifyForm", form);
		}
		return "supervision/draw/public-verify";
	}

	@PostMapping("/directory/draws/verify")
	String verify(@ModelAttribute("verifyForm") VerifyForm form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				model.addAttribute("check", publication.verify(
						form.inputs() == null ? null : form.inputs().getBytes(StandardCharsets.UTF_8), form.seed(),
						form.seedHash(), form.inputsHash(), form.result()));
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return "supervision/draw/public-verify";
	}
}
