package org.recouvrement.limitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.recouvrement.InvalidValueException;
import org.recouvrement.MissingValueException;
import org.recouvrement.RecouvrementException;
import org.recouvrement.claim.Claim;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalCode;
import org.recouvrement.law.LegalReference;
import org.recouvrement.money.Amount;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.ContactChannel;
import org.recouvrement.recovery.CourtProceedings;
import org.recouvrement.recovery.InvalidCaseEventException;
import org.recouvrement.recovery.RecoveryCase;
import org.recouvrement.testing.Samples;

class LimitationAssessorTest {

    private static final LegalReference CIV_2240 = LegalCode.CIVIL_CODE.article("2240");

    @Nested
    @DisplayName("Worked examples of LEGAL-REFERENCE §6")
    class WorkedExamples {

        @Test
        @DisplayName("WE-11 (a): a prescription whose last day is Saturday 23 April 2016 expires that Saturday at "
                + "midnight, no extension (C. civ. 2228-2229; https://lemaistre-callies.fr/tag/annee/)")
        void prescriptionEndingOnASaturdayIsNotExtended() {
            RecoveryCase invoice = RecoveryCase.of(Samples.invoice(Samples.frenchCompany(), Samples.otherFrenchCompany(),
                    Amount.euros(1000), LocalDate.of(2011, 3, 24), LocalDate.of(2011, 4, 23)));

            LimitationAssessment lastDay = LimitationAssessor.assess(invoice, LocalDate.of(2016, 4, 23));
            LimitationAssessment nextMonday = LimitationAssessor.assess(invoice, LocalDate.of(2016, 4, 25));

            assertEquals(Optional.of(LocalDate.of(2016, 4, 23)), lastDay.expiry());
            assertEquals(DayOfWeek.SATURDAY, lastDay.expiry().get().getDayOfWeek());
            assertEquals(LimitationStatus.RUNNING, lastDay.status());
            assertEquals(0, lastDay.remainingDays());
            assertEquals(LimitationStatus.EXPIRED, LimitationAssessor.assess(invoice, LocalDate.of(2016, 4, 24)).status());
            assertEquals(LimitationStatus.EXPIRED, nextMonday.status());
            assertTrue(lastDay.explanation().references().contains(LegalCode.CIVIL_CODE.article("2229")));
        }

        @Test
        @DisplayName("WE-16: consumer credit, first unregularised incident 13 June 2001, order for payment served "
                + "26 Nov 2002: not foreclosed, forclusion date 13 June 2003 (C. conso. R312-35, ex-L311-37; CA Paris, "
                + "29 Oct 2020, RG 17/17319, https://cerclab.univ-lorraine.fr/s/cerclab/item/8622)")
        void consumerCreditNotForeclosed() {
            Claim credit = Claim.builder().reference("LOAN-2000").creditor(Samples.frenchCompany())
                    .debtor(Samples.frenchConsumer()).origin(ClaimOrigin.LOAN).principal(Amount.euros(5000))
                    .issueDate(LocalDate.of(2000, 6, 13)).dueDate(LocalDate.of(2001, 6, 13)).build();
            RecoveryCase beforeAction = RecoveryCase.of(credit);
            RecoveryCase withAction = beforeAction.withEvent(
                    new CaseEvent.CourtActionFiled(LocalDate.of(2002, 11, 26), CourtProceedings.ORDER_FOR_PAYMENT));

            LimitationAssessment onService = LimitationAssessor.assess(beforeAction, LocalDate.of(2002, 11, 26));
            LimitationAssessment afterAction = LimitationAssessor.assess(withAction, LocalDate.of(2003, 7, 1));

            assertEquals(LimitationRule.FR_CONSUMER_CREDIT, onService.rule());
            assertEquals(PeriodKind.PRECLUSIVE, onService.kind());
            assertEquals(LimitationStatus.RUNNING, onService.status());
            assertEquals(Optional.of(LocalDate.of(2003, 6, 13)), onService.expiry());
            assertEquals(LimitationStatus.PROCEEDINGS_PENDING, afterAction.status());
            assertEquals(LimitationStatus.EXPIRED,
                    LimitationAssessor.assess(beforeAction, LocalDate.of(2003, 6, 14)).status());
        }

        @Test
        @DisplayName("WE-13: a judgment of 1 April 2000 stays enforceable until 19 June 2018, not 1 April 2010 "
                + "(C. civ. 2222 al. 2; loi 2008-561 art. 26 II; https://larevue.squirepattonboggs.com/"
                + "titres-executoires-judiciaires-et-prescription-a-vos-agendas.html)")
        void judgmentOf2000EnforceableUntil19June2018() {
            Claim judgment = Claim.builder().reference("TJ-2000").creditor(Samples.frenchCompany())
                    .debtor(Samples.otherFrenchCompany()).origin(ClaimOrigin.JUDGMENT).principal(Amount.euros(20000))
                    .issueDate(LocalDate.of(2000, 4, 1)).dueDate(LocalDate.of(2000, 4, 1)).build();
            RecoveryCase unserved = RecoveryCase.of(judgment);
            RecoveryCase served = unserved.withEvent(new CaseEvent.DecisionServed(LocalDate.of(2000, 4, 20)));

            for (RecoveryCase file : List.of(unserved, served)) {
                LimitationAssessment lastDay = LimitationAssessor.assess(file, LocalDate.of(2018, 6, 19));
                assertEquals(LimitationRule.FR_JUDICIAL_TITLE, lastDay.rule());
                assertEquals(LimitationStatus.RUNNING, lastDay.status());
                assertEquals(Optional.of(LocalDate.of(2018, 6, 19)), lastDay.expiry());
                assertNotEquals(Optional.of(LocalDate.of(2010, 4, 1)), lastDay.expiry());
                assertTrue(lastDay.longStop().isEmpty());
                assertTrue(lastDay.explanation().references().contains(LegalCode.CIVIL_CODE.article("2222")));
                assertEquals(LimitationStatus.EXPIRED,
                        LimitationAssessor.assess(file, LocalDate.of(2018, 6, 20)).status());
            }
            assertTrue(LimitationAssessor.assess(unserved, LocalDate.of(2018, 6, 19))
                    .hasWarning(LimitationWarning.Kind.SERVICE_NOT_RECORDED));
            assertFalse(LimitationAssessor.assess(served, LocalDate.of(2018, 6, 19))
                    .hasWarning(LimitationWarning.Kind.SERVICE_NOT_RECORDED));
        }

        @Test
        @DisplayName("FR_PRESC_TRANSITION_2008: five-year claims born before the reform were time-barred on "
                + "19 June 2013 (C. civ. 2222 al. 2; loi 2008-561 art. 26 II)")
        void fiveYearClaimsOf2005TimeBarredOn19June2013() {
            LimitationAssessment civil = LimitationAssessor.assess(
                    Scenario.of("CIVIL issue=2005-02-01 due=2005-03-01", ""), LocalDate.of(2013, 1, 1));

            assertEquals(Optional.of(LocalDate.of(2013, 6, 19)), civil.expiry());
            assertEquals(Period.ofYears(30), civil.period().length());
        }
    }

    @Nested
    @DisplayName("Events and their effects")
    class Effects {

        @Test
        @DisplayName("A reminder and a formal notice are listed with no effect, and the reason says what would "
                + "interrupt (C. civ. 2240, 2241, 2244)")
        void remindersAndFormalNoticesHaveNoEffect() {
            RecoveryCase file = Scenario.of("B2B issue=2021-01-01 due=2021-01-31",
                    "REMINDER 2021-03-01; NOTICE 2021-04-01");

            LimitationAssessment assessment = LimitationAssessor.assess(file, LocalDate.of(2021, 5, 1));

            assertEquals(2, assessment.appliedEvents().size());
            for (AppliedEvent applied : assessment.appliedEvents()) {
                assertEquals(EventEffect.NO_EFFECT, applied.effect());
                assertTrue(applied.reason().text().contains("does not interrupt"), applied::toString);
                assertTrue(applied.references().contains(CIV_2240));
                assertEquals(Optional.of(LocalDate.of(2026, 1, 31)), applied.expiryAfter());
            }
        }

        @Test
        @DisplayName("An acknowledgement after expiry does not revive the claim and is flagged as a possible waiver "
                + "(C. civ. 2250-2251)")
        void acknowledgementAfterExpiryIsAPossibleWaiver() {
            RecoveryCase file = Scenario.of("B2B issue=2014-12-10 due=2015-01-10", "PAY 2021-01-01 50");

            LimitationAssessment assessment = LimitationAssessor.assess(file, LocalDate.of(2021, 2, 1));

            assertEquals(LimitationStatus.EXPIRED, assessment.status());
            assertEquals(EventEffect.AFTER_EXPIRY, assessment.appliedEvents().get(0).effect());
            assertTrue(assessment.hasWarning(LimitationWarning.Kind.POSSIBLE_WAIVER));
            assertTrue(assessment.warnings().get(0).references().contains(LegalCode.CIVIL_CODE.article("2250")));
            assertTrue(assessment.appliedEvents().get(0).references().contains(LegalCode.CIVIL_CODE.article("2249")));
        }

        @Test
        @DisplayName("Within the horizon the assessment warns of the last day and of what interrupts; beyond it, "
                + "it does not")
        void warnsBeforeExpiry() {
            RecoveryCase file = Scenario.of("B2B issue=2021-01-01 due=2021-01-31", "REMINDER 2025-12-01");

            LimitationAssessment soon = LimitationAssessor.assess(file, LocalDate.of(2026, 1, 1));
            LimitationAssessment early = LimitationAssessor.assess(file, LocalDate.of(2025, 10, 1));
            LimitationAssessment wide = LimitationAssessor.assess(file, LocalDate.of(2025, 10, 1),
                    LimitationOptions.builder().warningDays(180).build());

            LimitationWarning warning = soon.warnings().get(0);
            assertEquals(LimitationWarning.Kind.EXPIRES_SOON, warning.kind());
            assertEquals(LocalDate.of(2026, 1, 31), warning.date());
            assertTrue(warning.text().contains("30 days left"), warning::text);
            assertTrue(warning.text().contains("a reminder or a formal notice does not"), warning::text);
            assertFalse(early.hasWarning(LimitationWarning.Kind.EXPIRES_SOON));
            assertTrue(wide.hasWarning(LimitationWarning.Kind.EXPIRES_SOON));
        }

        @Test
        @DisplayName("The warning for a consumer credit says that only a court action or an enforcement measure "
                + "interrupts it (C. civ. 2220; C. conso. R312-35)")
        void consumerCreditWarningNamesOnlyCourtAndEnforcement() {
            RecoveryCase file = Scenario.of("CREDIT issue=2021-03-10 due=2022-03-10", "");

            LimitationAssessment assessment = LimitationAssessor.assess(file, LocalDate.of(2024, 2, 1));

            assertTrue(assessment.warnings().get(0).text().startsWith("Foreclosed after 2024-03-10"));
            assertTrue(assessment.warnings().get(0).references().contains(LegalCode.CIVIL_CODE.article("2220")));
        }

        @Test
        @DisplayName("Events after the date asked about are ignored")
        void eventsAfterAsOfAreIgnored() {
            RecoveryCase file = Scenario.of("B2B issue=2021-01-01 due=2021-01-31", "ACK 2024-01-01");

            LimitationAssessment before = LimitationAssessor.assess(file, LocalDate.of(2023, 12, 31));

            assertTrue(before.appliedEvents().isEmpty());
            assertEquals(Optional.of(LocalDate.of(2026, 1, 31)), before.expiry());
        }

        @Test
        @DisplayName("A title obtained by a professional against a consumer: ten years, but periodic sums stay at "
                + "two years (Cass. avis, 4 July 2016, n° 16006)")
        void periodicSumsUnderATitleAgainstAConsumer() {
            RecoveryCase file = Scenario.of("CONSUMER issue=2022-01-01 due=2022-01-31 perf=2022-01-01",
                    "COURT 2022-06-01; DECISION 2022-10-01; SERVED 2022-11-15");

            LimitationAssessment assessment = LimitationAssessor.assess(file, LocalDate.of(2023, 1, 1));

            assertEquals(LimitationRule.FR_JUDICIAL_TITLE, assessment.rule());
            assertEquals(LimitationRule.FR_PROFESSIONAL_AGAINST_CONSUMER, assessment.claimRule());
            assertEquals(Optional.of(LocalDate.of(2032, 11, 15)), assessment.expiry());
            assertEquals(Period.ofYears(2), assessment.periodicSumsPeriod().get().length());
            assertTrue(assessment.explanation().references().contains(
                    LegalReference.ofInstrument(Jurisdiction.FRANCE, "Cass. avis, 4 July 2016, n° 16006")));
        }

        @Test
        @DisplayName("A decision served after the claim became time-barred starts the title's period, with a warning")
        void decisionAfterExpiry() {
            RecoveryCase file = Scenario.of("B2B issue=2014-12-10 due=2015-01-10",
                    "COURT 2021-01-01; DECISION 2021-06-01; SERVED 2021-07-01");

            LimitationAssessment assessment = LimitationAssessor.assess(file, LocalDate.of(2022, 1, 1));

            assertEquals(LimitationStatus.RUNNING, assessment.status());
            assertEquals(Optional.of(LocalDate.of(2031, 7, 1)), assessment.expiry());
            assertEquals(EventEffect.AFTER_EXPIRY, assessment.appliedEvents().get(0).effect());
            assertTrue(assessment.hasWarning(LimitationWarning.Kind.DECISION_AFTER_EXPIRY));
        }

        @Test
        @DisplayName("Instalments: the time-barred ones are reported, and the figures are the next instalment's")
        void partlyTimeBarredInstalments() {
            RecoveryCase file = Scenario.of(
                    "CONSUMER issue=2019-12-01 inst=2020-01-31:500|2021-01-31:500|2022-01-31:500|2023-01-31:500", "");

            LimitationAssessment assessment = LimitationAssessor.assess(file, LocalDate.of(2023, 3, 1));

            assertEquals(4, assessment.parts().size());
            assertEquals(LimitationStatus.EXPIRED, assessment.parts().get(1).status());
            assertEquals(LocalDate.of(2022, 1, 31), assessment.start());
            assertTrue(assessment.warnings().stream().anyMatch(w -> w.kind() == LimitationWarning.Kind.PARTLY_TIME_BARRED
                    && w.text().contains("EUR 1000.00")));
        }

        @Test
        @DisplayName("A withdrawal voids the court action's interruption; both events say so (C. civ. 2243)")
        void withdrawalVoidsTheInterruption() {
            RecoveryCase file = Scenario.of("B2B issue=2018-12-10 due=2019-01-10", "COURT 2023-06-01; WITHDRAWN 2023-09-01");

            LimitationAssessment pending = LimitationAssessor.assess(file, LocalDate.of(2023, 8, 1));
            LimitationAssessment withdrawn = LimitationAssessor.assess(file, LocalDate.of(2023, 10, 1));

            assertEquals(LimitationStatus.PROCEEDINGS_PENDING, pending.status());
            assertEquals(EventEffect.VOIDED, withdrawn.appliedEvents().get(0).effect());
            assertEquals(EventEffect.VOIDED, withdrawn.appliedEvents().get(1).effect());
            assertEquals(Optional.of(LocalDate.of(2024, 1, 10)), withdrawn.expiry());
        }
    }

    @Nested
    @DisplayName("Events on either side of 19 June 2008 (C. civ. art. 2222 al. 2; loi 2008-561 art. 26 II)")
    class AroundTheReformOf2008 {

        private final LocalDate reformPlusFive = LocalDate.of(2013, 6, 19);

        @Test
        @DisplayName("An acknowledgement of 1 Dec 2006 restarts the former ten commercial years (to 1 Dec 2016); on "
                + "19 June 2008 they are cut to five years from that day, 19 June 2013 (former C. com. art. L110-4; "
                + "C. civ. art. 2240, 2231, 2222 al. 2; loi 2008-561 art. 26 II)")
        void interruptionBeforeTheReformRestartsTheFormerPeriod() {
            RecoveryCase plain = Scenario.of("B2B issue=1997-01-01 due=1997-02-01", "");
            RecoveryCase acknowledged = Scenario.of("B2B issue=1997-01-01 due=1997-02-01", "ACK 2006-12-01");

            LimitationAssessment before = LimitationAssessor.assess(plain, LocalDate.of(2007, 3, 1));
            LimitationAssessment after = LimitationAssessor.assess(acknowledged, LocalDate.of(2010, 1, 1));

            assertEquals(LimitationStatus.EXPIRED, before.status());
            assertEquals(Optional.of(LocalDate.of(2007, 2, 1)), before.expiry());
            assertEquals(EventEffect.INTERRUPTED, after.appliedEvents().get(0).effect());
            assertEquals(Optional.of(LocalDate.of(2016, 12, 1)), after.appliedEvents().get(0).expiryAfter());
            assertEquals(LocalDate.of(2006, 12, 1), after.start());
            assertEquals(Period.ofYears(10), after.period().length());
            assertEquals(Optional.of(reformPlusFive), after.expiry());
            assertEquals(LimitationStatus.EXPIRED,
                    LimitationAssessor.assess(acknowledged, reformPlusFive.plusDays(1)).status());
        }

        @Test
        @DisplayName("An acknowledgement of 1 April 2002 restarts ten commercial years, which end on 1 April 2012, "
                + "before five years from the reform: the former period is not exceeded (former C. com. "
                + "art. L110-4; C. civ. art. 2222 al. 2)")
        void formerPeriodRestartedEndsFirst() {
            RecoveryCase file = Scenario.of("B2B issue=1998-12-01 due=1999-01-01", "ACK 2002-04-01");

            LimitationAssessment assessment = LimitationAssessor.assess(file, LocalDate.of(2012, 4, 2));

            assertEquals(LimitationStatus.EXPIRED, assessment.status());
            assertEquals(Optional.of(LocalDate.of(2012, 4, 1)), assessment.expiry());
        }

        @Test
        @DisplayName("A part payment of 1 June 2000 on a civil claim restarts the former thirty years (to 1 June "
                + "2030), cut to 19 June 2013 (former C. civ. art. 2262; C. civ. art. 2240, 2231, 2222 al. 2)")
        void partPaymentBeforeTheReformOnACivilClaim() {
            RecoveryCase file = Scenario.of("CIVIL issue=1990-02-01 due=1990-03-01", "PAY 2000-06-01 100");

            LimitationAssessment assessment = LimitationAssessor.assess(file, LocalDate.of(2013, 1, 1));

            assertEquals(Optional.of(LocalDate.of(2030, 6, 1)), assessment.appliedEvents().get(0).expiryAfter());
            assertEquals(Period.ofYears(30), assessment.period().length());
            assertEquals(Optional.of(reformPlusFive), assessment.expiry());
        }

        @Test
        @DisplayName("A court action pending on 19 June 2008: the decision of 1 Sept 2008 starts a new five-year "
                + "period (to 1 Sept 2013); the former ten years, to 1 Jan 2016, do not survive the interruption "
                + "(C. civ. art. 2242, 2231; C. com. art. L110-4)")
        void proceedingsPendingOnTheDayOfTheReform() {
            RecoveryCase file = Scenario.of("B2B issue=2005-12-01 due=2006-01-01",
                    "COURT 2007-06-01; DECISION 2008-09-01");

            LimitationAssessment assessment = LimitationAssessor.assess(file, LocalDate.of(2010, 1, 1));

            assertEquals(EventEffect.PERIOD_RESTARTED, assessment.appliedEvents().get(1).effect());
            assertEquals(LocalDate.of(2008, 9, 1), assessment.start());
            assertEquals(Period.ofYears(5), assessment.period().length());
            assertEquals(Optional.of(LocalDate.of(2013, 9, 1)), assessment.expiry());
        }

        @Test
        @DisplayName("A proof of claim pending on 19 June 2008: after the closure of 1 March 2009 a new five-year "
                + "period runs, not the rest of the former thirty years (C. com. art. L622-24; C. civ. art. 2242, "
                + "2231, 2224)")
        void insolvencyPendingOnTheDayOfTheReform() {
            RecoveryCase file = Scenario.of("CIVIL issue=1994-12-01 due=1995-01-01",
                    "PROOF 2006-02-01; CLOSED 2009-03-01");

            LimitationAssessment assessment = LimitationAssessor.assess(file, LocalDate.of(2012, 1, 1));

            assertEquals(Optional.of(LocalDate.of(2014, 3, 1)), assessment.expiry());
        }

        @Test
        @DisplayName("An impediment from 1 Aug 2008 to 1 Feb 2009 around the decision of proceedings pending on "
                + "19 June 2008 makes the new five years run from its end: later, never earlier, than without it "
                + "(C. civ. art. 2230, 2234, 2242)")
        void aSuspensionAroundTheReformOnlyPushesTheEndLater() {
            String claim = "B2B issue=2005-12-01 due=2006-01-01";
            String proceedings = "COURT 2007-06-01; DECISION 2008-09-01";
            LocalDate asOf = LocalDate.of(2010, 1, 1);

            LimitationAssessment without = LimitationAssessor.assess(Scenario.of(claim, proceedings), asOf);
            LimitationAssessment with = LimitationAssessor.assess(Scenario.of(claim,
                    proceedings + "; IMPEDIMENT+ 2008-08-01; IMPEDIMENT- 2009-02-01"), asOf);

            assertEquals(Optional.of(LocalDate.of(2013, 9, 1)), without.expiry());
            assertEquals(Optional.of(LocalDate.of(2014, 2, 1)), with.expiry());
        }

        @Test
        @DisplayName("A mediation that ends while an impediment still stops the clock: its six months are owed "
                + "once the clock runs again, so the impediment pushes the end later (C. civ. art. 2238 al. 2, "
                + "2230, 2234)")
        void sixMonthsOfAMediationKeptWhileAnotherSuspensionLasts() {
            String claim = "B2B issue=2019-12-01 due=2020-01-01";
            String mediation = "MEDIATION+ 2024-11-01; MEDIATION- 2025-03-01";
            LocalDate asOf = LocalDate.of(2025, 7, 1);

            LimitationAssessment alone = LimitationAssessor.assess(Scenario.of(claim, mediation), asOf);
            LimitationAssessment withImpediment = LimitationAssessor.assess(Scenario.of(claim,
                    mediation + "; IMPEDIMENT+ 2025-02-01; IMPEDIMENT- 2025-06-01"), asOf);

            assertEquals(Optional.of(LocalDate.of(2025, 9, 1)), alone.expiry());
            // 184 days, six months counted from the end of the mediation, run from the end of the impediment.
            assertEquals(Optional.of(LocalDate.of(2025, 12, 2)), withImpediment.expiry());
        }

        @Test
        @DisplayName("An impediment that began after expiry still stops the period of a title served before it "
                + "ends, and its end does not end another impediment (C. civ. art. 2230, 2234; CPCE art. L111-4)")
        void suspensionStartedAfterExpiryStillCounts() {
            RecoveryCase file = Scenario.of("B2B issue=2009-12-01 due=2010-01-01",
                    "IMPEDIMENT+ 2016-01-01; COURT 2016-02-01; DECISION 2016-06-01; SERVED 2016-07-01; "
                    + "IMPEDIMENT+ 2016-08-01; IMPEDIMENT- 2016-09-01; IMPEDIMENT- 2017-07-01");

            LimitationAssessment assessment = LimitationAssessor.assess(file, LocalDate.of(2018, 1, 1));

            assertEquals(LimitationRule.FR_JUDICIAL_TITLE, assessment.rule());
            assertEquals(EventEffect.RESUMED, assessment.appliedEvents().get(6).effect());
            // Ten years from the service (3,652 days) run from the end of the last impediment.
            assertEquals(Optional.of(LocalDate.of(2017, 7, 1).plusDays(3652)), assessment.expiry());
        }
    }

    @Nested
    @DisplayName("Governing law and rule")
    class LawAndRule {

        @Test
        @DisplayName("A French merchant's invoice to a Belgian consumer: the consumer's law, Belgian (Reg. 593/2008 "
                + "art. 6), and its one-year period for a merchant's sale to a private person")
        void consumerResidenceDecides() {
            Claim claim = Samples.invoice(Samples.frenchCompany(), Samples.belgianConsumer(), Amount.euros(100),
                    LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1));

            LimitationAssessment assessment = LimitationAssessor.assess(RecoveryCase.of(claim), LocalDate.of(2024, 4, 1));

            assertEquals(Jurisdiction.BELGIUM, assessment.governingLaw());
            assertEquals(LimitationRule.BE_MERCHANT_SALE_TO_PRIVATE_PERSON, assessment.rule());
            assertEquals(Optional.of(LocalDate.of(2025, 12, 31)), assessment.expiry());
        }

        @Test
        @DisplayName("A German creditor: French law is assumed from the debtor, with a warning")
        void governingLawAssumed() {
            Claim claim = Samples.invoice(Samples.germanCompany(), Samples.frenchCompany(), Amount.euros(100),
                    LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1));

            LimitationAssessment assessment = LimitationAssessor.assess(RecoveryCase.of(claim), LocalDate.of(2024, 4, 1));

            assertEquals(Jurisdiction.FRANCE, assessment.governingLaw());
            assertTrue(assessment.hasWarning(LimitationWarning.Kind.GOVERNING_LAW_ASSUMED));
        }

        @Test
        @DisplayName("A real-estate loan stated by the caller: an acknowledgement interrupts it, unlike a consumer "
                + "credit's preclusive period")
        void ruleOverride() {
            RecoveryCase file = Scenario.of("CREDIT issue=2021-03-10 due=2022-03-10", "ACK 2023-01-01");
            LimitationOptions realEstate = LimitationOptions.builder()
                    .rule(LimitationRule.FR_PROFESSIONAL_AGAINST_CONSUMER).build();

            LimitationAssessment credit = LimitationAssessor.assess(file, LocalDate.of(2024, 6, 1));
            LimitationAssessment loan = LimitationAssessor.assess(file, LocalDate.of(2024, 6, 1), realEstate);

            assertEquals(LimitationStatus.EXPIRED, credit.status());
            assertEquals(LimitationStatus.RUNNING, loan.status());
            assertEquals(Optional.of(LocalDate.of(2025, 1, 1)), loan.expiry());
        }

        @Test
        @DisplayName("The law in force on the start date: C. conso. L137-2 until 30 June 2016, then L218-2; "
                + "ten commercial years before 19 June 2008, five since")
        void versionsOverTime() {
            assertEquals("L137-2", LimitationRule.FR_PROFESSIONAL_AGAINST_CONSUMER
                    .periodInForceOn(LocalDate.of(2016, 6, 30)).reference().article().get());
            assertEquals("L218-2", LimitationRule.FR_PROFESSIONAL_AGAINST_CONSUMER
                    .periodInForceOn(LocalDate.of(2016, 7, 1)).reference().article().get());
            assertEquals(Period.ofYears(10), LimitationRule.FR_COMMERCIAL.periodInForceOn(LocalDate.of(2008, 6, 18))
                    .length());
            assertEquals(Period.ofYears(5), LimitationRule.FR_COMMERCIAL.periodInForceOn(LocalDate.of(2008, 6, 19))
                    .length());
            assertEquals(2, LimitationRule.FR_CIVIL.timeline().provisions().size());
        }
    }

    @Nested
    @DisplayName("Bad input raises a typed error")
    class BadInput {

        @Test
        @DisplayName("A mediation that ends before it started")
        void suspensionEndingBeforeItsStart() {
            RecoveryCase file = Scenario.of("B2B issue=2021-01-01 due=2021-01-31",
                    "MEDIATION- 2022-03-01; MEDIATION+ 2022-05-01");

            InconsistentTimelineException error = assertThrows(InconsistentTimelineException.class,
                    () -> LimitationAssessor.assess(file, LocalDate.of(2022, 6, 1)));

            assertEquals("AmicableProcessEnded.date", error.field());
            assertEquals("2022-03-01", error.value());
            assertTrue(error.getMessage().contains("before the start of the mediation it ends, on 2022-05-01"),
                    error::getMessage);
        }

        @Test
        @DisplayName("An impediment that ends without having started")
        void endWithoutStart() {
            RecoveryCase file = Scenario.of("B2B issue=2021-01-01 due=2021-01-31", "IMPEDIMENT- 2022-03-01");

            InconsistentTimelineException error = assertThrows(InconsistentTimelineException.class,
                    () -> LimitationAssessor.assess(file, LocalDate.of(2022, 6, 1)));

            assertEquals("ImpedimentEnded.date", error.field());
            assertTrue(error.getMessage().contains("never started"), error::getMessage);
        }

        @Test
        @DisplayName("An action withdrawn that was never brought, even after the date asked about")
        void withdrawalWithoutAction() {
            RecoveryCase file = Scenario.of("B2B issue=2021-01-01 due=2021-01-31", "WITHDRAWN 2023-03-01");

            InconsistentTimelineException error = assertThrows(InconsistentTimelineException.class,
                    () -> LimitationAssessor.assess(file, LocalDate.of(2022, 6, 1)));

            assertEquals("CourtActionWithdrawn.date", error.field());
        }

        @Test
        @DisplayName("An event before the claim arose is refused by the case itself")
        void eventBeforeTheClaimArose() {
            Claim claim = Scenario.claim("B2B issue=2021-01-01 due=2021-01-31");

            RecouvrementException error = assertThrows(InvalidCaseEventException.class, () -> RecoveryCase.of(claim,
                    List.of(new CaseEvent.ReminderSent(LocalDate.of(2020, 12, 1), ContactChannel.EMAIL))));

            assertTrue(error.getMessage().contains("is before the claim arose"), error::getMessage);
        }

        @Test
        @DisplayName("Missing arguments and contradictory options")
        void argumentsAndOptions() {
            RecoveryCase file = Scenario.of("B2B issue=2021-01-01 due=2021-01-31", "");

            assertThrows(MissingValueException.class, () -> LimitationAssessor.assess(file, null));
            assertThrows(MissingValueException.class, () -> LimitationAssessor.assess(null, LocalDate.of(2022, 1, 1)));
            InvalidValueException mismatch = assertThrows(InvalidValueException.class, () -> LimitationOptions.builder()
                    .governingLaw(Jurisdiction.BELGIUM).rule(LimitationRule.FR_COMMERCIAL).build());
            assertEquals("rule", mismatch.field());
            assertThrows(InvalidValueException.class,
                    () -> LimitationOptions.builder().governingLaw(Jurisdiction.EUROPEAN_UNION).build());
            assertThrows(InvalidValueException.class, () -> LimitationOptions.builder().warningDays(-1).build());
        }
    }
}
