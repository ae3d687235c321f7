package org.tuoyu.enrollment.web;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.enrollment.NewVoucherProgramme;
import org.tuoyu.enrollment.Voucher;
import org.tuoyu.enrollment.VoucherIssue;
import org.tuoyu.enrollment.VoucherManagement;
import org.tuoyu.enrollment.VoucherProgramme;
import org.tuoyu.enrollment.VoucherReport;
import org.tuoyu.platform.CurrentUsers;

/**
 * JSON API of vouchers: officers' programmes, issuing and reports; institutions' redemptions;
 * guardians' vouchers.
 */
@RestController
@RequestMapping("/api/v1")
class VoucherApiController {

	private final CurrentUsers currentUsers;

	private final VoucherManagement vouchers;

	VoucherApiController(CurrentUsers currentUsers, VoucherManagement vouchers) {
		this.currentUsers = currentUsers;
		this.vouchers = vouchers;
	}

	record Created(UUID id) {
	}

	record Participants(List<UUID> institutionIds) {
	}

	/** Issue by rule; {@code month} ("2026-12") only for consumption vouchers. */
	record IssueRequest(YearMonth month) {
	}

	/** Issue by list: resident ID numbers one per line; without {@code confirm} only a check. */
	record IssueListRequest(YearMonth month, String residentIds, boolean confirm) {
	}

	record Redemption(String code) {
	}

	/** Programmes of the districts in the officer's scope. */
	@GetMapping("/vouchers/programmes")
	List<VoucherProgramme> programmes() {
		return vouchers.programmes(currentUsers.require());
	}

	/** Creates a programme (city or district administrators). */
	@PostMapping("/vouchers/programmes")
	ResponseEntity<Created> create(@RequestBody NewVoucherProgramme programme) {
		return ResponseEntity.status(201).body(new Created(vouchers.createProgramme(currentUsers.require(), programme)));
	}

	@GetMapping("/vouchers/programmes/{id}")
	VoucherProgramme programme(@PathVariable UUID id) {
		return vouchers.programme(currentUsers.require(), id);
	}

	/** Sets the participating institutions (all in the programme's district). */
	@PutMapping("/vouchers/programmes/{id}/institutions")
	ResponseEntity<Void> institutions(@PathVariable UUID id, @RequestBody Participants participants) {
		vouchers.chooseInstitutions(currentUsers.require(), id,
				participants.institutionIds() == null ? List.of() : participants.institutionIds());
		return ResponseEntity.noContent().build();
	}

	/** Issues to every child eligible by the programme's rule; how many were issued and skipped. */
	@PostMapping("/vouchers/programmes/{id}/issue")
	VoucherIssue issue(@PathVariable UUID id, @RequestBody IssueRequest request) {
		return vouchers.issueByRule(currentUsers.require(), id, request.month());
	}

	/** Checks (or with {@code confirm}, issues) a list of resident IDs; rejected lines with reasons. */
	@PostMapping("/vouchers/programmes/{id}/issue-list")
	VoucherIssue issueList(@PathVariable UUID id, @RequestBody IssueListRequest request) {
		return vouchers.issueByList(currentUsers.require(), id, request.month(), request.residentIds(), request.confirm());
	}

	/** Issued, redeemed, expired, amounts and trial-to-enrollment conversion. */
	@GetMapping("/vouchers/programmes/{id}/report")
	VoucherReport report(@PathVariable UUID id) {
		return vouchers.report(currentUsers.require(), id);
	}

	/** Redeems a voucher by its code at the administrator's institution. */
	@PostMapping("/vouchers/redemptions")
	Voucher redeem(@RequestBody Redemption redemption) {
		return vouchers.redeem(currentUsers.require(), redemption.code());
	}

	/** Vouchers redeemed at the user's institution. */
	@GetMapping("/vouchers/redemptions")
	List<Voucher> redeemed() {
		return vouchers.redeemedHere(currentUsers.require());
	}

	/** The vouchers of the guardian's children. */
	@GetMapping("/family/vouchers")
	List<Voucher> familyVouchers() {
		return vouchers.familyVouchers(currentUsers.require());
	}

	@GetMapping("/family/vouchers/{id}")
	Voucher familyVoucher(@PathVariable UUID id) {
		return vouchers.familyVoucher(currentUsers.require(), id);
	}
}
