package org.recouvrement.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recouvrement.InvalidValueException;
import org.recouvrement.calendar.Calendars;
import org.recouvrement.calendar.UnsupportedTerritoryException;
import org.recouvrement.internal.Checks;
import org.recouvrement.law.Explanation;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalCode;
import org.recouvrement.law.LegalReference;
import org.recouvrement.law.Reason;
import org.recouvrement.party.Territory;
import org.recouvrement.spi.PublicHoliday;
import org.recouvrement.spi.PublicHolidayCalendar;
import org.recouvrement.spi.UnsupportedYearException;

/**
 * Answers "when does this time limit expire?" (<i>computation des délais</i>) for a procedural time limit, with the
 * reasons and legal references of every step.
 *
 * <pre>{@code
 * DeadlineCalculator calculator = DeadlineCalculator.standard();
 * Deadline deadline = calculator.compute(TimeLimits.ORDER_FOR_PAYMENT_OPPOSITION,
 *     LocalDate.of(2026, 3, 2), Territory.METROPOLITAN_FRANCE, Territory.GUADELOUPE);
 * deadline.expiryDate();   // 2026-05-04: one month, plus one month for a party overseas (CPC art. 643),
 *                          // 2 May being a Saturday (CPC art. 642)
 * deadline.explanation();  // each step with CPC art. 640, 641, 643, 642
 * }</pre>
 *
 * <h2>Rules applied</h2>
 * <ul>
 *   <li><b>France</b> (CPC art. 640-644): the time limit runs from the day of the act, event, decision or
 *       notification (640); in days, that day does not count; in months or years, it ends on the day of the last
 *       month bearing the same number (quantième) as the starting day, or the last day of the month when there is
 *       none; in months and days, months first (641); it expires at 24:00 of the last day, and a last day that is a
 *       Saturday, Sunday, public holiday or non-working day of the court's territory moves to the next working day,
 *       as many times as needed (642). CPC art. 643 adds one month for a party living in a French overseas
 *       territory and two months for a party living abroad when the court sits in metropolitan France; CPC art. 644
 *       adds one month for a party not living in the overseas territory where the court sits and two months for a
 *       party abroad; both only to the kinds of time limits they list ({@link TimeLimitKind}). C. com. art. R622-24
 *       adds two months to the proof of claim for a creditor outside metropolitan France (or outside the overseas
 *       territory of the court).</li>
 *   <li><b>Belgium</b> (C. jud. art. 52-54): the time limit runs from the day after the act and includes the expiry
 *       day, from midnight to midnight; months run from quantième to veille de quantième, which from the day after
 *       the act gives the same calendar day as in France (art. 54: reading not confirmed on the official text); a
 *       last day that is a Saturday, Sunday or legal holiday moves to the next working day (art. 53). The distance
 *       extensions of C. jud. art. 55 are not applied.</li>
 *   <li><b>EU time limits</b> (Regulation (EEC, Euratom) No 1182/71 art. 3, to which Regulation (EC)
 *       No 1896/2006 refers): the day of the event does not count, months end on the same date, and a last day
 *       that is a Saturday, Sunday or holiday of the place moves to the next working day.</li>
 *   <li><b>Backwards</b> ({@link Direction#BACKWARD}): the event day does not count, months before days, and a last
 *       day that is not a working day is advanced to the previous working day: CPC art. 642 does not extend a time
 *       limit counted backwards (case law and doctrine; applied by analogy to Belgian and EU time limits).</li>
 * </ul>
 *
 * <p>The holidays are those of the court's territory (the place where the act must be done): the built-in
 * {@link Calendars} unless {@link #withCalendar(Territory, PublicHolidayCalendar)} supplies another. Immutable and
 * thread-safe. {@link #expiryDate} gives the date alone, without building the explanation, for portfolio-wide runs.
 */
public final class DeadlineCalculator {

    private static final LegalReference CPC_640 = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("640");
    private static final LegalReference CPC_641 = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("641");
    private static final LegalReference CPC_642 = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("642");
    private static final LegalReference CPC_643 = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("643");
    private static final LegalReference CPC_644 = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("644");
    private static final LegalReference R622_24 = LegalCode.COMMERCIAL_CODE.article("R622-24");
    private static final LegalReference JUD_52 = LegalCode.BELGIAN_JUDICIAL_CODE.article("52");
    private static final LegalReference JUD_53 = LegalCode.BELGIAN_JUDICIAL_CODE.article("53");
    private static final LegalReference JUD_54 = LegalCode.BELGIAN_JUDICIAL_CODE.article("54");
    private static final LegalReference EU_TIME_LIMITS = LegalReference.ofInstrument(Jurisdiction.EUROPEAN_UNION,
            "Reg. (EEC, Euratom) No 1182/71", "3");

    /** The overseas territories whose courts CPC art. 644 covers. */
    private static final Set<Territory> ARTICLE_644_TERRITORIES = Set.of(Territory.GUADELOUPE, Territory.FRENCH_GUIANA,
            Territory.MARTINIQUE, Territory.REUNION, Territory.MAYOTTE, Territory.SAINT_BARTHELEMY,
            Territory.SAINT_MARTIN, Territory.SAINT_PIERRE_AND_MIQUELON, Territory.WALLIS_AND_FUTUNA);

    /** More consecutive non-working days than this means the calendar is broken. */
    private static final int MAX_CONSECUTIVE_NON_WORKING_DAYS = 400;

    private static final DeadlineCalculator STANDARD = new DeadlineCalculator(Map.of());

    private final Map<Territory, PublicHolidayCalendar> overrides;
    private final List<Optional<PublicHolidayCalendar>> calendars;

    private DeadlineCalculator(Map<Territory, PublicHolidayCalendar> overrides) {
        this.overrides = Map.copyOf(overrides);
        List<Optional<PublicHolidayCalendar>> byOrdinal = new ArrayList<>();
        for (Territory territory : Territory.values()) {
            PublicHolidayCalendar calendar = overrides.get(territory);
            if (calendar == null && Calendars.isSupported(territory)) {
                calendar = Calendars.forTerritory(territory);
            }
            byOrdinal.add(Optional.ofNullable(calendar));
        }
        this.calendars = List.copyOf(byOrdinal);
    }

    /**
     * Returns the calculator that uses the built-in calendar of each territory.
     *
     * @return the standard calculator
     */
    public static DeadlineCalculator standard() {
        return STANDARD;
    }

    /**
     * Returns a copy of this calculator that uses another calendar for one territory: a court's own non-working
     * days, a calendar for a territory without a built-in one, or the other reading of Saint-Martin's holiday.
     *
     * @param territory the territory
     * @param calendar its calendar
     * @return the new calculator
     */
    public DeadlineCalculator withCalendar(Territory territory, PublicHolidayCalendar calendar) {
        Checks.present(territory, "territory");
        Checks.present(calendar, "calendar");
        Map<Territory, PublicHolidayCalendar> all = new EnumMap<>(Territory.class);
        all.putAll(overrides);
        all.put(territory, calendar);
        return new DeadlineCalculator(all);
    }

    /**
     * Returns the calendar this calculator uses for a territory.
     *
     * @param territory the territory
     * @return the calendar
     * @throws UnsupportedTerritoryException if there is none
     */
    public PublicHolidayCalendar calendarOf(Territory territory) {
        return calendar("territory", territory);
    }

    /**
     * Computes when a time limit expires, for a party whose residence does not extend it.
     *
     * @param timeLimit the time limit
     * @param origin the day that starts it (for a time limit counted backwards, the day of the event)
     * @param courtTerritory where the court sits or the act must be done, whose holidays apply
     * @return the deadline, explained
     * @throws UnsupportedTerritoryException if there is no calendar for the court's territory
     * @throws InvalidTimeLimitException if the time limit's legal order does not apply in that territory
     * @throws UnsupportedYearException if a date falls outside the years of the calendar
     */
    public Deadline compute(ProceduralTimeLimit timeLimit, LocalDate origin, Territory courtTerritory) {
        return explained(timeLimit, origin, courtTerritory, null);
    }

    /**
     * Computes when a time limit expires for a party living in a given territory, with the distance extensions of
     * CPC art. 643-644 and C. com. art. R622-24 where they apply.
     *
     * @param timeLimit the time limit
     * @param origin the day that starts it (for a time limit counted backwards, the day of the event)
     * @param courtTerritory where the court sits or the act must be done, whose holidays apply
     * @param partyTerritory where the party the time limit runs against lives
     * @return the deadline, explained
     * @throws UnsupportedTerritoryException if there is no calendar for the court's territory
     * @throws InvalidTimeLimitException if the time limit's legal order does not apply in that territory
     * @throws UnsupportedYearException if a date falls outside the years of the calendar
     */
    public Deadline compute(ProceduralTimeLimit timeLimit, LocalDate origin, Territory courtTerritory,
            Territory partyTerritory) {
        return explained(timeLimit, origin, courtTerritory, Checks.present(partyTerritory, "partyTerritory"));
    }

    /**
     * Returns the expiry date alone, as {@link #compute(ProceduralTimeLimit, LocalDate, Territory)} would, without
     * building the explanation.
     *
     * @param timeLimit the time limit
     * @param origin the day that starts it
     * @param courtTerritory where the court sits or the act must be done
     * @return the last day on which the act may be done
     * @throws UnsupportedTerritoryException if there is no calendar for the court's territory
     * @throws InvalidTimeLimitException if the time limit's legal order does not apply in that territory
     * @throws UnsupportedYearException if a date falls outside the years of the calendar
     */
    public LocalDate expiryDate(ProceduralTimeLimit timeLimit, LocalDate origin, Territory courtTerritory) {
        return fast(timeLimit, origin, courtTerritory, null);
    }

    /**
     * Returns the expiry date alone, as
     * {@link #compute(ProceduralTimeLimit, LocalDate, Territory, Territory)} would, without building the explanation.
     *
     * @param timeLimit the time limit
     * @param origin the day that starts it
     * @param courtTerritory where the court sits or the act must be done
     * @param partyTerritory where the party the time limit runs against lives
     * @return the last day on which the act may be done
     * @throws UnsupportedTerritoryException if there is no calendar for the court's territory
     * @throws InvalidTimeLimitException if the time limit's legal order does not apply in that territory
     * @throws UnsupportedYearException if a date falls outside the years of the calendar
     */
    public LocalDate expiryDate(ProceduralTimeLimit timeLimit, LocalDate origin, Territory courtTerritory,
            Territory partyTerritory) {
        return fast(timeLimit, origin, courtTerritory, Checks.present(partyTerritory, "partyTerritory"));
    }

    private LocalDate fast(ProceduralTimeLimit timeLimit, LocalDate origin, Territory court, Territory party) {
        Checks.present(timeLimit, "timeLimit");
        Checks.present(origin, "origin");
        PublicHolidayCalendar calendar = calendar("courtTerritory", court);
        checkJurisdiction(timeLimit, court);
        Period period = timeLimit.period();
        long months = period.toTotalMonths() + extensionMonths(timeLimit, court, party);
        int days = period.getDays();
        if (timeLimit.direction() == Direction.FORWARD) {
            LocalDate end = origin.plusMonths(months).plusDays(days);
            for (int moves = 0; calendar.isNonWorkingDay(end); moves++) {
                checkMoves(moves, calendar);
                end = end.plusDays(1);
            }
            return end;
        }
        LocalDate end = origin.minusMonths(months).minusDays(days);
        for (int moves = 0; calendar.isNonWorkingDay(end); moves++) {
            checkMoves(moves, calendar);
            end = end.minusDays(1);
        }
        return end;
    }

    private Deadline explained(ProceduralTimeLimit timeLimit, LocalDate origin, Territory court, Territory party) {
        Checks.present(timeLimit, "timeLimit");
        Checks.present(origin, "origin");
        PublicHolidayCalendar calendar = calendar("courtTerritory", court);
        checkJurisdiction(timeLimit, court);
        Jurisdiction jurisdiction = timeLimit.jurisdiction();
        boolean forward = timeLimit.direction() == Direction.FORWARD;
        Period period = timeLimit.period();
        List<Reason> reasons = new ArrayList<>();
        List<Adjustment> adjustments = new ArrayList<>();

        reasons.add(forward
                ? Reason.of("The time limit of " + describe(period) + " (" + timeLimit.name() + ") runs from "
                        + origin + ", the day of the act, event, decision or notification that starts it",
                        startReference(jurisdiction), timeLimit.reference())
                : Reason.of("The time limit of " + describe(period) + " (" + timeLimit.name()
                        + ") is counted backwards from " + origin + ", the day of the event",
                        timeLimit.reference()));

        LocalDate rawEnd = forward ? TimeLimitArithmetic.endFrom(origin, period)
                : TimeLimitArithmetic.endBefore(origin, period);
        reasons.add(arithmeticReason(jurisdiction, forward, origin, period, rawEnd));

        LocalDate end = rawEnd;
        int extension = extensionMonths(timeLimit, court, party);
        if (extension > 0) {
            Period extended = period.plusMonths(extension);
            LocalDate extendedEnd = forward ? TimeLimitArithmetic.endFrom(origin, extended)
                    : TimeLimitArithmetic.endBefore(origin, extended);
            Adjustment adjustment = Adjustment.of(Adjustment.Kind.DISTANCE_EXTENSION, end, extendedEnd,
                    extensionReason(timeLimit, court, party, extension, extended, extendedEnd));
            adjustments.add(adjustment);
            reasons.add(adjustment.reason());
            end = extendedEnd;
        } else if (party != null && jurisdiction == Jurisdiction.FRANCE && party != court) {
            reasons.add(Reason.of("No distance extension: " + noExtensionWhy(timeLimit, court, party),
                    timeLimit.kind() == TimeLimitKind.PROOF_OF_CLAIM ? R622_24
                            : court.isMetropolitanFrance() ? CPC_643 : CPC_644));
        }

        LocalDate moved = end;
        List<LocalDate> skipped = new ArrayList<>();
        for (int moves = 0; calendar.isNonWorkingDay(moved); moves++) {
            checkMoves(moves, calendar);
            skipped.add(moved);
            moved = forward ? moved.plusDays(1) : moved.minusDays(1);
        }
        if (!skipped.isEmpty()) {
            Adjustment adjustment = Adjustment.of(forward ? Adjustment.Kind.NEXT_WORKING_DAY
                    : Adjustment.Kind.PREVIOUS_WORKING_DAY, end, moved,
                    moveReason(jurisdiction, forward, calendar, skipped, moved));
            adjustments.add(adjustment);
            reasons.add(adjustment.reason());
        }

        Optional<ZoneId> zone = court.zone();
        reasons.add(Reason.of((forward ? "The time limit expires on " : "The act must be done at the latest on ")
                + dayName(moved) + " " + moved + " at 24:00" + zone.map(z -> " (" + z + ")").orElse(""),
                expiryReference(jurisdiction)));
        return new Deadline(timeLimit, origin, court, party, rawEnd, adjustments, moved, zone.orElse(null),
                Explanation.of(reasons));
    }

    private PublicHolidayCalendar calendar(String field, Territory territory) {
        Checks.present(territory, field);
        Optional<PublicHolidayCalendar> calendar = calendars.get(territory.ordinal());
        if (calendar.isEmpty()) {
            throw new UnsupportedTerritoryException(field, territory,
                    "has no public holiday calendar; supply one with DeadlineCalculator.withCalendar");
        }
        return calendar.get();
    }

    private static void checkJurisdiction(ProceduralTimeLimit timeLimit, Territory court) {
        if (timeLimit.jurisdiction() == Jurisdiction.FRANCE && !court.isFrench()) {
            throw new InvalidTimeLimitException("courtTerritory", court,
                    "is not French, but '" + timeLimit.name() + "' follows French procedure (CPC art. 640-644)");
        }
        if (timeLimit.jurisdiction() == Jurisdiction.BELGIUM && court != Territory.BELGIUM) {
            throw new InvalidTimeLimitException("courtTerritory", court,
                    "is not Belgium, but '" + timeLimit.name() + "' follows Belgian procedure (C. jud. art. 52-54)");
        }
    }

    private static void checkMoves(int moves, PublicHolidayCalendar calendar) {
        if (moves >= MAX_CONSECUTIVE_NON_WORKING_DAYS) {
            throw new InvalidValueException("calendar", calendar,
                    "declares more than " + MAX_CONSECUTIVE_NON_WORKING_DAYS + " consecutive non-working days");
        }
    }

    /**
     * The distance extension in months: 0, 1 or 2.
     */
    private static int extensionMonths(ProceduralTimeLimit timeLimit, Territory court, Territory party) {
        if (party == null || party == court || timeLimit.jurisdiction() != Jurisdiction.FRANCE) {
            return 0;
        }
        TimeLimitKind kind = timeLimit.kind();
        if (kind == TimeLimitKind.PROOF_OF_CLAIM) {
            boolean outside = court.isMetropolitanFrance() ? !party.isMetropolitanFrance() : party != court;
            return outside ? 2 : 0;
        }
        if (court.isMetropolitanFrance()) {
            if (!kind.isExtendedByArticle643()) {
                return 0;
            }
            return party.isFrenchOverseas() ? 1 : party.isFrench() ? 0 : 2;
        }
        if (ARTICLE_644_TERRITORIES.contains(court) && kind.isExtendedByArticle644()) {
            return party.isFrench() ? 1 : 2;
        }
        return 0;
    }

    private static Reason extensionReason(ProceduralTimeLimit timeLimit, Territory court, Territory party,
            int months, Period extended, LocalDate extendedEnd) {
        String monthsText = months == 1 ? "one month" : "two months";
        if (timeLimit.kind() == TimeLimitKind.PROOF_OF_CLAIM) {
            return Reason.of("The creditor lives in " + party + ", outside " + (court.isMetropolitanFrance()
                    ? "metropolitan France" : court.toString()) + ": the time limit to file a proof of claim is "
                    + "extended by two months, to " + describe(extended) + ", ending on " + extendedEnd, R622_24);
        }
        if (court.isMetropolitanFrance()) {
            return Reason.of("The court sits in metropolitan France and the party lives "
                    + (months == 1 ? "in " + party + ", a French overseas territory" : "abroad (" + party + ")")
                    + ": the " + kindText(timeLimit.kind()) + " time limit is extended by " + monthsText + ", to "
                    + describe(extended) + ", ending on " + extendedEnd, CPC_643);
        }
        return Reason.of("The court sits in " + court + " and the party lives "
                + (months == 1 ? "in " + party + ", outside that territory" : "abroad (" + party + ")")
                + ": the " + kindText(timeLimit.kind()) + " time limit is extended by " + monthsText + ", to "
                + describe(extended) + ", ending on " + extendedEnd, CPC_644);
    }

    private static String noExtensionWhy(ProceduralTimeLimit timeLimit, Territory court, Territory party) {
        TimeLimitKind kind = timeLimit.kind();
        if (kind == TimeLimitKind.PROOF_OF_CLAIM) {
            return "the creditor lives in " + party + ", not outside "
                    + (court.isMetropolitanFrance() ? "metropolitan France" : court.toString());
        }
        if (court.isMetropolitanFrance() && kind.isExtendedByArticle643()
                || ARTICLE_644_TERRITORIES.contains(court) && kind.isExtendedByArticle644()) {
            return "the party lives in " + party + ", which the article does not list for a court in " + court;
        }
        if (!court.isMetropolitanFrance() && !ARTICLE_644_TERRITORIES.contains(court)) {
            return "the articles do not cover a court in " + court;
        }
        return "the articles extend only the time limits for appearance, appeal, opposition, third-party "
                + "opposition, revision" + (court.isMetropolitanFrance() ? " and cassation" : "")
                + ", not this one (" + kind + ")";
    }

    private static Reason arithmeticReason(Jurisdiction jurisdiction, boolean forward, LocalDate origin,
            Period period, LocalDate rawEnd) {
        boolean months = period.toTotalMonths() != 0;
        boolean clamped = months && rawEnd.getDayOfMonth() != origin.getDayOfMonth();
        String clamp = clamped ? " (the month has no day " + origin.getDayOfMonth() + ": its last day)" : "";
        if (!forward) {
            return Reason.of("The day of the event does not count" + (months ? "; months are counted first, then days"
                    : "") + ": the last day to act is " + rawEnd + clamp, arithmeticReference(jurisdiction, months));
        }
        String text;
        switch (jurisdiction) {
            case BELGIUM:
                text = months
                        ? "Counted from the day after the act, from quantième to veille de quantième, the time limit "
                                + "ends on " + rawEnd + clamp
                        : "Counted from the day after the act, every day included, the expiry day included, the time "
                                + "limit ends on " + rawEnd;
                break;
            case EUROPEAN_UNION:
                text = "The day of the event does not count" + (months ? "; months end on the same date" : "")
                        + ": the time limit ends on " + rawEnd + clamp;
                break;
            default:
                if (!months) {
                    text = "The day that starts it does not count: the time limit ends on " + rawEnd;
                } else if (period.getDays() == 0) {
                    text = "Counted from quantième to quantième, the time limit ends on " + rawEnd + clamp;
                } else {
                    text = "Months are counted first, from quantième to quantième, then days: the time limit ends on "
                            + rawEnd;
                }
                break;
        }
        return Reason.of(text, arithmeticReference(jurisdiction, months));
    }

    private static Reason moveReason(Jurisdiction jurisdiction, boolean forward, PublicHolidayCalendar calendar,
            List<LocalDate> skipped, LocalDate moved) {
        StringBuilder text = new StringBuilder();
        Set<LegalReference> references = new LinkedHashSet<>();
        references.add(moveReference(jurisdiction));
        for (int i = 0; i < skipped.size(); i++) {
            LocalDate day = skipped.get(i);
            text.append(i == 0 ? "" : "; ").append(dayName(day)).append(' ').append(day).append(" is ");
            Optional<PublicHoliday> holiday = calendar.holiday(day);
            if (holiday.isPresent()) {
                text.append("a public holiday (").append(holiday.get().name()).append(')');
                references.add(holiday.get().reference());
            } else if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                text.append("a ").append(dayName(day));
            } else {
                text.append("a non-working day");
            }
        }
        if (forward) {
            text.append(": the time limit is extended to the next working day, ");
        } else {
            text.append(": a time limit counted backwards is not extended but advanced to the previous working day, ");
        }
        text.append(dayName(moved)).append(' ').append(moved);
        return Reason.of(text.toString(), List.copyOf(references));
    }

    private static LegalReference startReference(Jurisdiction jurisdiction) {
        switch (jurisdiction) {
            case BELGIUM: return JUD_52;
            case EUROPEAN_UNION: return EU_TIME_LIMITS;
            default: return CPC_640;
        }
    }

    private static LegalReference arithmeticReference(Jurisdiction jurisdiction, boolean months) {
        switch (jurisdiction) {
            case BELGIUM: return months ? JUD_54 : JUD_52;
            case EUROPEAN_UNION: return EU_TIME_LIMITS;
            default: return CPC_641;
        }
    }

    private static LegalReference moveReference(Jurisdiction jurisdiction) {
        switch (jurisdiction) {
            case BELGIUM: return JUD_53;
            case EUROPEAN_UNION: return EU_TIME_LIMITS;
            default: return CPC_642;
        }
    }

    private static LegalReference expiryReference(Jurisdiction jurisdiction) {
        switch (jurisdiction) {
            case BELGIUM: return JUD_52;
            case EUROPEAN_UNION: return EU_TIME_LIMITS;
            default: return CPC_642;
        }
    }

    private static String kindText(TimeLimitKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String dayName(LocalDate date) {
        String name = date.getDayOfWeek().name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    /**
     * Describes a period in words: "15 days", "1 month", "1 month and 15 days".
     */
    static String describe(Period period) {
        long months = period.toTotalMonths();
        int days = period.getDays();
        StringBuilder out = new StringBuilder();
        if (months != 0) {
            if (months % 12 == 0) {
                long years = months / 12;
                out.append(years).append(years == 1 ? " year" : " years");
            } else {
                out.append(months).append(months == 1 ? " month" : " months");
            }
        }
        if (days != 0 || months == 0) {
            out.append(months != 0 ? " and " : "").append(days).append(days == 1 ? " day" : " days");
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return overrides.isEmpty() ? "DeadlineCalculator (built-in calendars)"
                : "DeadlineCalculator (built-in calendars, own calendars for " + overrides.keySet() + ")";
    }
}
