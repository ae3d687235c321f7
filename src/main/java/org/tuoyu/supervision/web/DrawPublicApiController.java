package org.tuoyu.supervision.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.supervision.DrawCheck;
import org.tuoyu.supervision.DrawDetail;
import org.tuoyu.supervision.DrawPublication;
import org.tuoyu.supervision.DrawSummary;

/** The public API of double-random draws (no login): published draws, their exact inputs, verification. */
@RestController
@RequestMapping("/api/v1/public/draws")
@Tag(name = "Public draws", description = "Published double-random draws and their verification (一公开)")
class DrawPublicApiController {

	private final DrawPublication publication;

	DrawPublicApiController(DrawPublication publication) {
		this.publication = publication;
	}

	/**
	 * What to verify: the inputs exactly as published (the JSON text), the seed in hex, and optionally
	 * the published seed hash, inputs hash and result to compare with.
	 */
	record Verification(String inputs, String seed, String seedHash, String inputsHash, String result) {
	}

	@GetMapping
	@Operation(summary = "Sealed draws, newest first: plan, division, seed hash, inputs hash, sealed and drawn times")
	List<DrawSummary> list() {
		return publication.draws();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One draw: parameters, candidates with weights, hashes; once drawn the seed and result")
	DrawDetail get(@PathVariable UUID id) {
		return publication.detail(id);
	}

	@GetMapping(value = "/{id}/inputs", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The exact canonical inputs bytes whose SHA-256 was published when the draw was sealed")
	ResponseEntity<byte[]> inputs(@PathVariable UUID id) {
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"draw-" + id + "-inputs.json\"")
			.contentType(MediaType.APPLICATION_JSON)
			.body(publication.inputs(id));
	}

	@GetMapping("/{id}/verification")
	@Operation(summary = "Recomputes a made draw from its published inputs and seed and compares with the published hashes and result")
	DrawCheck verification(@PathVariable UUID id) {
		return publication.verify(id);
	}

	@PostMapping("/verify")
	@Operation(summary = "Recomputes a draw from inputs and a seed; compares with the expected hashes and result if given")
	DrawCheck verify(@RequestBody Verification request) {
		return publication.verify(request.inputs() == null ? null : request.inputs().getBytes(StandardCharsets.UTF_8),
				request.seed(), request.seedHash(), request.inputsHash(), request.result());
	}
}
