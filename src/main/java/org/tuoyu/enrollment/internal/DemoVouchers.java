package org.tuoyu.enrollment.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tuoyu.enrollment.NewVoucherProgramme;
import org.tuoyu.enrollment.VoucherIssue;
import org.tuoyu.enrollment.VoucherKind;
import org.tuoyu.enrollment.VoucherManagement;
import org.tuoyu.enrollment.VoucherProgramme.VoucherInstitution;
import org.tuoyu.enrollment.VoucherStatus;
import org.tuoyu.enrollment.internal.VoucherRows.VoucherRow;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.Role;
import org.tuoyu.shared.DivisionCode;

/**
 * Demo vouchers (profile {@code demo}): Liangxi's trial voucher (5 free days) and Huishan's
 * consumption voucher (500.00 a month), each with the first three filed institutions of its
 * district by name taking part, issued by rule to whatever demo children are eligible (none is
 * fine) and every other trial voucher redeemed; consumption vouchers are redeemed where the child
 * holds a place. Created once: skipped when any programme exists.
 */
@Component
@Profile("demo")
@Order(90)
class DemoVouchers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoVouchers.class);

	private static final int PARTICIPANTS = 3;

	private final VoucherManagement vouchers;

	private final VoucherRows rows;

	private final Clock clock;

	private final CurrentUser city;

	DemoVouchers(VoucherManagement vouchers, VoucherRows rows, Clock clock,
			@Value("${tuoyu.admin.city-division:3202}") String cityDivision) {
		this.vouchers = vouchers;
		this.rows = rows;
		this.clock = clock;
		this.city = new CurrentUser(null, "demo", "demo", Role.CITY_ADMIN, DataScope.division(DivisionCode.of(cityDivision)));
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!vouchers.programmes(city).isEmpty()) {
			return;
		}
		LocalDate from = LocalDate.now(clock).withDayOfYear(1);
		LocalDate until = from.plusYears(2).minusDays(1);
		UUID trial = vouchers.createProgramme(city, new NewVoucherProgramme("320213", "梁溪区托育体验券", VoucherKind.TRIAL, 5,
				null, from, until, 6, 36, List.of()));
		UUID consumption = vouchers.createProgramme(city, new NewVoucherProgramme("320206", "惠山区托育消费券",
				VoucherKind.CONSUMPTION, null, new BigDecimal("500.00"), from, until, 6, 36, List.of()));
		List<VoucherInstitution> trialPlaces = participate(trial);
		List<VoucherInstitution> consumptionPlaces = participate(consumption);
		YearMonth month = YearMonth.now(clock);
		VoucherIssue trials = vouchers.issueByRule(city, trial, null);
		VoucherIssue monthly = vouchers.issueByRule(city, consumption, month);
		int redeemed = 0;
		List<VoucherRow> issued = rows.vouchersOf(trial);
		for (int i = 0; i < issued.size() && !trialPlaces.isEmpty(); i += 2) {
			vouchers.redeem(desk(trialPlaces.get(0).id()), issued.get(i).code());
			redeemed++;
		}
		for (VoucherRow voucher : rows.vouchersOf(consumption)) {
			for (VoucherInstitution place : consumptionPlaces) {
				if (voucher.status() == VoucherStatus.ISSUED && rows.placedIn(voucher.childId(), place.id(), month)) {
					vouchers.redeem(desk(place.id()), voucher.code());
					redeemed++;
					break;
				}
			}
		}
		log.info("Demo vouchers: 2 programmes, {} trial and {} consumption vouchers issued, {} redeemed", trials.issued(),
				monthly.issued(), redeemed);
	}

	private List<VoucherInstitution> participate(UUID programme) {
		List<VoucherInstitution> chosen = vouchers.districtInstitutions(city, programme)
			.stream()
			.limit(PARTICIPANTS)
			.toList();
		vouchers.chooseInstitutions(city, programme, chosen.stream().map(VoucherInstitution::id).toList());
		return chosen;
	}

	private static CurrentUser desk(UUID institutionId) {
		return new CurrentUser(null, "demo", "demo", Role.INSTITUTION_ADMIN, DataScope.institution(institutionId));
	}
}
