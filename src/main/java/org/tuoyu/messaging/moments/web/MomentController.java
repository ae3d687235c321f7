package org.tuoyu.messaging.moments.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.messaging.moments.MomentManagement;
import org.tuoyu.messaging.moments.Taggable;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;

/**
 * The moments' pages: in the institution console the feed ({@code /org/moments}) and the tablet form to
 * post one — a class's children as large tiles, those without photo consent shown and not selectable, the
 * photos and a note; in the family portal the phone feed ({@code /family/moments}) with thumbnails that
 * open the full-size photo and a download.
 */
@Controller
class MomentController {

	private final CurrentUsers currentUsers;

	private final MomentManagement moments;

	private final FamilyManagement family;

	MomentController(CurrentUsers currentUsers, MomentManagement moments, FamilyManagement family) {
		this.currentUsers = currentUsers;
		this.moments = moments;
		this.family = family;
	}

	@GetMapping("/org/moments")
	String org(@RequestParam(required = false) UUID childId, @RequestParam(required = false) UUID before, Model model) {
		model.addAttribute("feed", moments.feed(currentUsers.require(), childId, before));
		model.addAttribute("childId", childId);
		return "messaging/moments/org";
	}

	@GetMapping("/org/moments/new")
	String form(@RequestParam(required = false) UUID classId, Model model) {
		return form(classId, Set.of(), null, model);
	}

	@PostMapping("/org/moments")
	String post(@RequestParam(required = false) UUID classId, @RequestParam(required = false) List<UUID> childIds,
			@RequestParam(required = false) String note, @RequestParam(required = false) List<MultipartFile> photos,
			Model model, RedirectAttributes redirect) {
		try {
			moments.post(currentUsers.require(), childIds, note, MomentUploads.of(photos));
			redirect.addFlashAttribute("flash", "messaging.moments.posted");
			return "redirect:/org/moments";
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("flashError", ex.messageKey());
			model.addAttribute("flashErrorArguments", ex.arguments());
			model.addAttribute("photosAgain", photos != null && photos.stream().anyMatch(p -> !p.isEmpty()));
			return form(classId, childIds == null ? Set.of() : Set.copyOf(childIds), note, model);
		}
	}

	@PostMapping("/org/moments/{id}/withdrawal")
	String withdraw(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			moments.withdraw(currentUsers.require(), id);
			redirect.addFlashAttribute("flash", "messaging.moments.withdrawn");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashErrorArguments", ex.arguments());
		}
		return "redirect:/org/moments";
	}

	@GetMapping("/family/moments")
	String family(@RequestParam(required = false) UUID childId, @RequestParam(required = false) UUID before,
			Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("children", family.children(user));
		model.addAttribute("feed", moments.feed(user, childId, before));
		model.addAttribute("childId", childId);
		return "messaging/moments/family";
	}

	private String form(UUID classId, Set<UUID> chosen, String note, Model model) {
		Taggable taggable = moments.taggable(currentUsers.require());
		Taggable.TaggableClass shown = taggable.classes()
			.stream()
			.filter(c -> c.classId().equals(classId))
			.findFirst()
			.orElse(taggable.classes().isEmpty() ? null : taggable.classes().get(0));
		model.addAttribute("taggable", taggable);
		model.addAttribute("shown", shown);
		model.addAttribute("chosen", chosen);
		model.addAttribute("note", note);
		model.addAttribute("maxPhotos", moments.settings().maxPhotos());
		model.addAttribute("maxPhotoMegabytes", moments.settings().maxPhotoSize().toMegabytes());
		return "messaging/moments/org-new";
	}
}
