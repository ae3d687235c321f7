package org.tuoyu.supervision.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.Texts;
import org.tuoyu.supervision.DrawCandidate;
import org.tuoyu.supervision.DrawConflictException;
import org.tuoyu.supervision.DrawDetail;
import org.tuoyu.supervision.DrawPublication;
import org.tuoyu.supervision.InspectionPlan;
import org.tuoyu.supervision.InspectionPlanManagement;
import org.tuoyu.supervision.NewInspectionPlan;

/** JSON API of inspection plans and their double-random draws, for administrators in scope. */
@RestController
@RequestMapping("/api/v1/supervision/plans")
@Tag(name = "Inspection plans", description = "Plans and verifiable double-random draws (双随机)")
class InspectionPlanApiController {

	private final CurrentUsers currentUsers;

	private final InspectionPlanManagement plans;

	private final DrawPublication publication;

	private final Texts texts;

	InspectionPlanApiController(CurrentUsers currentUsers, InspectionPlanManagement plans, DrawPublication publication,
			Texts texts) {
		this.currentUsers = currentUsers;
		this.plans = plans;
		this.publication = publication;
		this.texts = texts;
	}

	record Created(UUID id) {
	}

	/** A plan with its draw once sealed. */
	record PlanView(InspectionPlan plan, DrawDetail draw) {
	}

	@GetMapping
	@Operation(summary = "The plans of the caller's division subtree, newest period first")
	List<InspectionPlan> list() {
		return plans.plans(currentUsers.require());
	}

	@PostMapping
	@Operation(summary = "Creates a draft plan (city or district administrators, inside their division); riskWeights {\"credit\":100,…} 0–200, omitted = 100")
	ResponseEntity<Created> create(@RequestBody NewInspectionPlan plan) {
		return ResponseEntity.status(201).body(new Created(plans.create(currentUsers.require(), plan)));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One plan with its published draw (hashes, and once drawn the seed and result)")
	PlanView get(@PathVariable UUID id) {
		InspectionPlan plan = plans.plan(currentUsers.require(), id);
		return new PlanView(plan, plan.drawId() == null ? null : publication.detail(plan.drawId()));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Changes a draft plan; a sealed plan answers 409")
	ResponseEntity<Void> update(@PathVariable UUID id, @RequestBody NewInspectionPlan plan) {
		plans.update(currentUsers.require(), id, plan);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/candidates")
	@Operation(summary = "The eligible institutions now, with integer weights and each risk signal's effective factor under the plan's risk weights")
	List<DrawCandidate> candidates(@PathVariable UUID id) {
		return plans.candidates(currentUsers.require(), id);
	}

	@PostMapping("/{id}/seal")
	@Operation(summary = "Seals the plan: freezes the inputs, keeps a secret seed, publishes both SHA-256 hashes; 409 if already sealed")
	DrawDetail seal(@PathVariable UUID id) {
		return publication.detail(plans.seal(currentUsers.require(), id));
	}

	@PostMapping("/{id}/draw")
	@Operation(summary = "Makes the sealed draw once: computes and publishes the result and the seed; 409 if already drawn")
	DrawDetail draw(@PathVariable UUID id) {
		return publication.detail(plans.draw(currentUsers.require(), id));
	}

	@ExceptionHandler(DrawConflictException.class)
	ProblemDetail conflict(DrawConflictException ex) {
		return DrawProblems.conflict(texts, ex);
	}
}
