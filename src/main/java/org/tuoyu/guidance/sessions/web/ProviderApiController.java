package org.tuoyu.guidance.sessions.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tuoyu.guidance.sessions.Commission;
import org.tuoyu.guidance.sessions.CommissionDelivery;
import org.tuoyu.guidance.sessions.NewCommission;
import org.tuoyu.guidance.sessions.NewProvider;
import org.tuoyu.guidance.sessions.Provider;
import org.tuoyu.guidance.sessions.ProviderDetail;
import org.tuoyu.guidance.sessions.ProviderDocumentType;
import org.tuoyu.guidance.sessions.ProviderManagement;
import org.tuoyu.guidance.sessions.SessionManagement;
import org.tuoyu.guidance.sessions.StoredDocument;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.StoredFiles;

import io.swagger.v3.oas.annotations.Operation;

/** JSON API of guidance providers and commissions; everything is limited to the user's scope. */
@RestController
@RequestMapping("/api/v1/guidance")
class ProviderApiController {

	private final CurrentUsers currentUsers;

	private final ProviderManagement providers;

	private final SessionManagement sessions;

	ProviderApiController(CurrentUsers currentUsers, ProviderManagement providers, SessionManagement sessions) {
		this.currentUsers = currentUsers;
		this.providers = providers;
		this.sessions = sessions;
	}

	record NewWorker(String username, String displayName, String password) {
	}

	@Operation(summary = "Guidance providers concerning the officer's area (a provider's worker: its own)")
	@GetMapping("/providers")
	List<Provider> providers() {
		return providers.providers(currentUsers.require());
	}

	@Operation(summary = "Register a guidance provider at home in a county or street of the administrator's area "
			+ "(city and district administrators)")
	@PostMapping("/providers")
	@ResponseStatus(HttpStatus.CREATED)
	ProviderDetail register(@RequestBody NewProvider provider) {
		UUID id = providers.register(currentUsers.require(), provider);
		return providers.detail(currentUsers.require(), id);
	}

	@Operation(summary = "One provider with its qualification documents and the commissions the user may see")
	@GetMapping("/providers/{id}")
	ProviderDetail provider(@PathVariable UUID id) {
		return providers.detail(currentUsers.require(), id);
	}

	@Operation(summary = "File a qualification document (multipart: type, file; PDF, JPEG or PNG from the content, "
			+ "at most 10 MB)")
	@PostMapping(path = "/providers/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> addDocument(@PathVariable UUID id, @RequestParam(required = false) ProviderDocumentType type,
			@RequestParam(required = false) MultipartFile file) {
		return Map.of("id", providers.addDocument(currentUsers.require(), id, type,
				file == null ? null : file.getOriginalFilename(), Uploads.bytes(file)));
	}

	@Operation(summary = "One qualification document's content")
	@GetMapping("/providers/{id}/documents/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID documentId) {
		StoredDocument document = providers.document(currentUsers.require(), id, documentId);
		return StoredFiles.inline(document.content(), document.contentType(), document.fileName());
	}

	@Operation(summary = "Open the account of a provider's worker (role GUIDANCE_PROVIDER, scoped to the provider)")
	@PostMapping("/providers/{id}/workers")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> addWorker(@PathVariable UUID id, @RequestBody NewWorker worker) {
		return Map.of("id",
				providers.addWorker(currentUsers.require(), id, worker.username(), worker.displayName(), worker.password()));
	}

	@Operation(summary = "Commissions concerning the officer's area (a provider's worker: its provider's)")
	@GetMapping("/commissions")
	List<Commission> commissions() {
		return providers.commissions(currentUsers.require());
	}

	@Operation(summary = "Commission a provider: area (county, street or community inside the officer's area), "
			+ "period, sessions, budget (yuan, two decimals)")
	@PostMapping("/commissions")
	@ResponseStatus(HttpStatus.CREATED)
	Commission commission(@RequestBody NewCommission commission) {
		UUID id = providers.commission(currentUsers.require(), commission);
		return providers.commission(currentUsers.require(), id);
	}

	@Operation(summary = "One commission the user may see")
	@GetMapping("/commissions/{id}")
	Commission commission(@PathVariable UUID id) {
		return providers.commission(currentUsers.require(), id);
	}

	@Operation(summary = "What a commission the user may see has delivered: sessions held and cancelled, attendance, "
			+ "children served, the families' ratings (no names), every session the latest first")
	@GetMapping("/commissions/{id}/delivery")
	CommissionDelivery delivery(@PathVariable UUID id) {
		return sessions.delivery(currentUsers.require(), id);
	}
}
