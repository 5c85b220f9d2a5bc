package org.recouvrement.dunning;

import org.recouvrement.law.Reason;

/**
 * The dunning policies shipped with the library: France B2B, France B2C, Belgium B2B and Belgium B2C.
 *
 * <p>Each step cites its basis. The sequence itself (a courteous reminder shortly after the due date, a firm reminder
 * two to four weeks after it, a last contact, then a formal notice by registered letter giving a final time to pay,
 * then a recovery route) is practice, not law (LEGAL-REFERENCE §5.2); the steps say so. What the law decides is cited:
 *
 * <ul>
 *   <li>between professionals, late-payment penalties and the fixed compensation of 40 € are due without any reminder
 *       (C. com. art. L441-10, D441-5; in Belgium the law of 2 August 2002): the B2B firm reminder claims them;</li>
 *   <li>against a French consumer, recovery costs without an enforceable title stay with the creditor (CPCE
 *       art. L111-8): no B2C step claims costs; moratory interest at the legal rate runs from the formal notice (C. civ.
 *       art. 1344-1);</li>
 *   <li>against a consumer in Belgium, the first reminder is free and no cost may be claimed before a 14-day wait
 *       (CDE art. XIX.2): the second step comes 21 days after a free first reminder, and the planner moves it later if
 *       the wait, counted from the third working day after a paper reminder, has not run.</li>
 * </ul>
 *
 * <p>Each call returns the same immutable policy. Adapt one with {@link DunningPolicy#builder()} or its JSON form.
 */
public final class DunningPresets {

    private static final String PRACTICE = " Practice, not law (the reminder sequence in practice, LEGAL-REFERENCE "
            + "§5.2).";

    private DunningPresets() {
    }

    /**
     * Returns the France B2B policy: a pre-due e-mail seven days before the due date; a courteous e-mail seven days
     * after it; a firm reminder by e-mail and letter fourteen days later, claiming penalties and the 40 € compensation;
     * a phone call a week later; a formal notice by registered letter a week after that, validated by a person; a
     * recovery route fifteen days later; and, if the route is rejected, a write-off proposal. At least five days
     * between two contacts, at most four contacts in thirty days, one letter per debtor and step; plans carry an
     * acceleration clause and tolerate five days of delay.
     *
     * @return the policy
     */
    public static DunningPolicy franceB2B() {
        return Presets.FRANCE_B2B;
    }

    /**
     * Returns the France B2C policy: a courteous reminder by e-mail and letter ten days after the due date; a firm
     * letter fifteen days later; a formal notice by registered letter fifteen days later (moratory interest runs from
     * it), validated by a person; a recovery route fifteen days later; and, if it is rejected, a write-off proposal.
     * No step claims costs. At least seven days between two contacts, at most three contacts in thirty days.
     *
     * @return the policy
     */
    public static DunningPolicy franceB2C() {
        return Presets.FRANCE_B2C;
    }

    /**
     * Returns the Belgium B2B policy: as France B2B without the pre-due e-mail, citing the law of 2 August 2002, and
     * with a recovery route sixteen days after the formal notice, which gives the fifteen days the summary order for
     * payment requires (C. jud. art. 1338).
     *
     * @return the policy
     */
    public static DunningPolicy belgiumB2B() {
        return Presets.BELGIUM_B2B;
    }

    /**
     * Returns the Belgium B2C policy, following CDE book XIX: a free first reminder by e-mail and letter seven days
     * after the due date, with the mentions of art. XIX.2 (template {@code consumer-first-reminder}); a second reminder
     * 21 days later, the first step that may claim costs, within the caps of book XIX; a formal notice by registered
     * letter fifteen days later; a recovery route sixteen days later; and a write-off proposal if the route is
     * rejected. At least seven days between two contacts, at most three contacts in thirty days.
     *
     * @return the policy
     */
    public static DunningPolicy belgiumB2C() {
        return Presets.BELGIUM_B2C;
    }

    private static DunningStep.Builder step(String key, StepKind kind, StepTrigger trigger, String template) {
        return DunningStep.builder().key(key).kind(kind).trigger(trigger).templateKey(template);
    }

    private static Reason practice(String text) {
        return Reason.of(text + PRACTICE);
    }

    private static DunningStep recoveryRoute(int days, Reason basis) {
        return step("recovery-route", StepKind.RECOVERY_ROUTE, StepTrigger.daysAfterPreviousStep(days),
                "order-for-payment-request").basis(basis).build();
    }

    private static DunningStep writeOff() {
        return step("write-off-proposal", StepKind.WRITE_OFF_PROPOSAL, StepTrigger.daysAfterPreviousStep(30),
                "write-off-proposal")
                .basis(practice("Reached only if the recovery route was rejected: propose to write the claim off."))
                .build();
    }

    private static final class Presets {

        static final Reason FRENCH_ROUTE = Reason.of("After the formal notice's final time to pay, a recovery route: "
                + "the simplified small-claims procedure up to 5 000 €, an order for payment, or proceedings, as the "
                + "route advisor finds open", Refs.SMALL_CLAIMS, Refs.ORDER_FOR_PAYMENT);

        static final DunningPolicy FRANCE_B2B = DunningPolicy.builder()
                .name("France B2B")
                .addStep(step("pre-due-reminder", StepKind.COURTEOUS_REMINDER, StepTrigger.daysBeforeDueDate(7),
                        "courteous-reminder").addChannel(Channel.EMAIL)
                        .basis(practice("An automatic e-mail about seven days before the due date.")).build())
                .addStep(step("courteous-reminder", StepKind.COURTEOUS_REMINDER, StepTrigger.daysAfterDueDate(7),
                        "courteous-reminder").addChannel(Channel.EMAIL)
                        .basis(practice("A courteous reminder shortly after the due date (day 1 to 15).")).build())
                .addStep(step("firm-reminder", StepKind.FIRM_REMINDER, StepTrigger.daysAfterPreviousStep(14),
                        "firm-reminder").addChannel(Channel.EMAIL).addChannel(Channel.LETTER).chargesCosts(true)
                        .basis(Reason.of("Between professionals, late-payment penalties and the fixed compensation of "
                                + "40 € are due from the day after the due date without any reminder; the firm "
                                + "reminder (day 15 to 30 in practice) claims them", Refs.COMMERCIAL_PENALTIES,
                                Refs.FIXED_COMPENSATION))
                        .build())
                .addStep(step("phone-call", StepKind.PHONE_CALL, StepTrigger.daysAfterPreviousStep(7), "phone-call")
                        .addChannel(Channel.PHONE_TASK)
                        .basis(practice("A last contact before the formal notice (day 30 to 45).")).build())
                .addStep(step("formal-notice", StepKind.FORMAL_NOTICE, StepTrigger.daysAfterPreviousStep(7),
                        "formal-notice").addChannel(Channel.REGISTERED_LETTER).chargesCosts(true)
                        .basis(Reason.of("A formal notice by registered letter puts the debtor on notice and gives a "
                                + "final time to pay, commonly eight days; it does not interrupt limitation",
                                Refs.FORMAL_NOTICE))
                        .build())
                .addStep(recoveryRoute(15, FRENCH_ROUTE))
                .addStep(writeOff())
                .minimumSpacingDays(5)
                .contactCap(ContactCap.of(4, 30))
                .grouping(Grouping.PER_DEBTOR_AND_STEP)
                .instalmentGraceDays(5)
                .accelerationClause(true)
                .build();

        static final DunningPolicy FRANCE_B2C = DunningPolicy.builder()
                .name("France B2C")
                .addStep(step("courteous-reminder", StepKind.COURTEOUS_REMINDER, StepTrigger.daysAfterDueDate(10),
                        "courteous-reminder").addChannel(Channel.EMAIL).addChannel(Channel.LETTER)
                        .basis(practice("A courteous reminder shortly after the due date (day 1 to 15).")).build())
                .addStep(step("firm-reminder", StepKind.FIRM_REMINDER, StepTrigger.daysAfterPreviousStep(15),
                        "firm-reminder").addChannel(Channel.LETTER)
                        .basis(Reason.of("A firm reminder with a date to pay by (practice, day 15 to 30); it claims no "
                                + "costs: without an enforceable title, recovery costs stay with the creditor",
                                Refs.COLLECTION_COSTS))
                        .build())
                .addStep(step("formal-notice", StepKind.FORMAL_NOTICE, StepTrigger.daysAfterPreviousStep(15),
                        "formal-notice").addChannel(Channel.REGISTERED_LETTER)
                        .basis(Reason.of("A formal notice by registered letter puts the consumer on notice: moratory "
                                + "interest at the legal rate runs from it; it does not interrupt limitation and "
                                + "claims no recovery costs", Refs.FORMAL_NOTICE, Refs.FORMAL_NOTICE_INTEREST,
                                Refs.COLLECTION_COSTS))
                        .build())
                .addStep(recoveryRoute(15, FRENCH_ROUTE))
                .addStep(writeOff())
                .minimumSpacingDays(7)
                .contactCap(ContactCap.of(3, 30))
                .grouping(Grouping.PER_DEBTOR_AND_STEP)
                .instalmentGraceDays(5)
                .build();

        static final DunningPolicy BELGIUM_B2B = DunningPolicy.builder()
                .name("Belgium B2B")
                .addStep(step("courteous-reminder", StepKind.COURTEOUS_REMINDER, StepTrigger.daysAfterDueDate(7),
                        "courteous-reminder").addChannel(Channel.EMAIL)
                        .basis(practice("A courteous reminder shortly after the due date.")).build())
                .addStep(step("firm-reminder", StepKind.FIRM_REMINDER, StepTrigger.daysAfterPreviousStep(14),
                        "firm-reminder").addChannel(Channel.EMAIL).addChannel(Channel.LETTER).chargesCosts(true)
                        .basis(Reason.of("Between enterprises, late-payment interest at the rate published each "
                                + "semester and a fixed compensation of 40 € are due by law, without formal notice; "
                                + "the firm reminder claims them", Refs.BELGIAN_LATE_PAYMENT_LAW))
                        .build())
                .addStep(step("phone-call", StepKind.PHONE_CALL, StepTrigger.daysAfterPreviousStep(7), "phone-call")
                        .addChannel(Channel.PHONE_TASK)
                        .basis(practice("A last contact before the formal notice.")).build())
                .addStep(step("formal-notice", StepKind.FORMAL_NOTICE, StepTrigger.daysAfterPreviousStep(7),
                        "formal-notice").addChannel(Channel.REGISTERED_LETTER).chargesCosts(true)
                        .basis(Reason.of("A formal notice by registered letter; as the demand to pay before a summary "
                                + "order for payment, it must give fifteen days to pay", Refs.BELGIAN_SUMMARY_ORDER))
                        .build())
                .addStep(recoveryRoute(16, Reason.of("After the fifteen days of the demand to pay: the procedure for "
                        + "uncontested debts between enterprises, a summary order for payment, or a summons, as the "
                        + "route advisor finds open", Refs.BELGIAN_UNCONTESTED_DEBTS, Refs.BELGIAN_SUMMARY_ORDER)))
                .addStep(writeOff())
                .minimumSpacingDays(5)
                .contactCap(ContactCap.of(4, 30))
                .grouping(Grouping.PER_DEBTOR_AND_STEP)
                .instalmentGraceDays(5)
                .accelerationClause(true)
                .build();

        static final DunningPolicy BELGIUM_B2C = DunningPolicy.builder()
                .name("Belgium B2C")
                .addStep(step("first-reminder", StepKind.COURTEOUS_REMINDER, StepTrigger.daysAfterDueDate(7),
                        "consumer-first-reminder").addChannel(Channel.EMAIL).addChannel(Channel.LETTER)
                        .basis(Reason.of("The first reminder to a consumer is free of charge; it states the amount "
                                + "owed, the penalty due if it stays unpaid, and gives at least 14 calendar days to "
                                + "pay, counted from the third working day after a paper reminder is sent or the day "
                                + "after an e-mail", Refs.CONSUMER_DEBT_REMINDER))
                        .build())
                .addStep(step("second-reminder", StepKind.FIRM_REMINDER, StepTrigger.daysAfterPreviousStep(21),
                        "firm-reminder").addChannel(Channel.EMAIL).addChannel(Channel.LETTER).chargesCosts(true)
                        .basis(Reason.of("Costs and the agreed penalty may be claimed only once the 14-day wait after "
                                + "the free first reminder has run, and within the caps of book XIX (20 €; 30 € + 10 %; "
                                + "65 € + 5 %; at most 2 000 €)", Refs.CONSUMER_DEBT_REMINDER, Refs.CONSUMER_DEBT_BOOK))
                        .build())
                .addStep(step("formal-notice", StepKind.FORMAL_NOTICE, StepTrigger.daysAfterPreviousStep(15),
                        "formal-notice").addChannel(Channel.REGISTERED_LETTER).chargesCosts(true)
                        .basis(Reason.of("A formal notice by registered letter; as the demand to pay before a summary "
                                + "order for payment, it must give fifteen days to pay", Refs.BELGIAN_SUMMARY_ORDER))
                        .build())
                .addStep(recoveryRoute(16, Reason.of("After the fifteen days of the demand to pay: a summary order for "
                        + "payment or a summons, as the route advisor finds open", Refs.BELGIAN_SUMMARY_ORDER)))
                .addStep(writeOff())
                .minimumSpacingDays(7)
                .contactCap(ContactCap.of(3, 30))
                .grouping(Grouping.PER_DEBTOR_AND_STEP)
                .instalmentGraceDays(5)
                .build();
    }
}
