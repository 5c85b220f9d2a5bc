package org.recouvrement.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.time.api.Dates;
import org.recouvrement.claim.Claim;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.claim.PaymentTerms;
import org.recouvrement.money.Amount;
import org.recouvrement.money.Rate;
import org.recouvrement.party.BelgianEnterpriseNumber;
import org.recouvrement.party.Language;
import org.recouvrement.party.Party;
import org.recouvrement.party.PartyKind;
import org.recouvrement.party.PostalAddress;
import org.recouvrement.party.Siren;
import org.recouvrement.party.Siret;
import org.recouvrement.party.VatNumber;
import org.recouvrement.recovery.AmicableProcess;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.ContactChannel;
import org.recouvrement.recovery.RecoveryCase;

/**
 * jqwik generators for every public value of the library, for the library's own properties and for integrators'
 * property-based suites.
 *
 * <p>Add {@code org.recouvrement:recouvrement-core:tests} (type {@code test-jar}) in test scope, then either call
 * these factories from {@code @Provide} methods or use {@link RecouvrementDomain} as a jqwik domain context. Every
 * generator produces valid values unless its name says {@code invalid}; invalid identifiers differ from a valid one
 * in a way the check digits must catch.
 */
public final class RecouvrementArbitraries {

    private RecouvrementArbitraries() {
    }

    // ----------------------------------------------------------------------------------------------- money

    /**
     * Euro amounts from -1,000,000.00 to 1,000,000.00, with cents.
     *
     * @return the generator
     */
    public static Arbitrary<Amount> euros() {
        return Arbitraries.longs().between(-100_000_000L, 100_000_000L)
                .map(cents -> Amount.euros(BigDecimal.valueOf(cents, 2)));
    }

    /**
     * Positive euro amounts from 0.01 to 1,000,000.00.
     *
     * @return the generator
     */
    public static Arbitrary<Amount> positiveEuros() {
        return Arbitraries.longs().between(1L, 100_000_000L).map(cents -> Amount.euros(BigDecimal.valueOf(cents, 2)));
    }

    /**
     * Annual rates from 0 % to 30 %, with up to four decimals.
     *
     * @return the generator
     */
    public static Arbitrary<Rate> rates() {
        return Arbitraries.integers().between(0, 300_000).map(r -> Rate.ofPercent(BigDecimal.valueOf(r, 4)));
    }

    // ----------------------------------------------------------------------------------------------- identifiers

    /**
     * Valid SIRENs (Luhn check digit computed).
     *
     * @return the generator
     */
    public static Arbitrary<Siren> sirens() {
        return Arbitraries.strings().numeric().ofLength(8).map(base -> Siren.parse(withLuhnDigit(base)));
    }

    /**
     * Valid SIRETs of ordinary establishments (Luhn over fourteen digits; La Poste's special numbering excluded).
     *
     * @return the generator
     */
    public static Arbitrary<Siret> sirets() {
        return Arbitraries.strings().numeric().ofLength(13)
                .filter(base -> !base.startsWith("356000000"))
                .map(base -> Siret.parse(withLuhnDigit(base)));
    }

    /**
     * Valid Belgian enterprise numbers (first digit 0 or 1, mod-97 check).
     *
     * @return the generator
     */
    public static Arbitrary<BelgianEnterpriseNumber> belgianEnterpriseNumbers() {
        return Arbitraries.longs().between(1_000_000L, 19_999_999L).map(base -> {
            String digits = String.format(java.util.Locale.ROOT, "%08d", base);
            int check = 97 - (int) (base % 97);
            return BelgianEnterpriseNumber.parse(digits + String.format(java.util.Locale.ROOT, "%02d", check));
        });
    }

    /**
     * Valid French VAT numbers.
     *
     * @return the generator
     */
    public static Arbitrary<VatNumber> frenchVatNumbers() {
        return sirens().map(VatNumber::ofFrench);
    }

    /**
     * Valid Belgian VAT numbers.
     *
     * @return the generator
     */
    public static Arbitrary<VatNumber> belgianVatNumbers() {
        return belgianEnterpriseNumbers().map(VatNumber::ofBelgian);
    }

    /**
     * Texts of nine digits that are NOT valid SIRENs: a valid SIREN with one digit changed.
     *
     * @return the generator
     */
    public static Arbitrary<String> invalidSirens() {
        return sirens().flatMap(siren -> singleDigitChanges(siren.digits()));
    }

    /**
     * Texts of fourteen digits that are NOT valid SIRETs: a valid SIRET with one digit changed.
     *
     * @return the generator
     */
    public static Arbitrary<String> invalidSirets() {
        return sirets().flatMap(siret -> singleDigitChanges(siret.digits()))
                .filter(text -> !text.startsWith("356000000"));
    }

    /**
     * Texts of ten digits that are NOT valid Belgian enterprise numbers: a valid number with one digit changed.
     *
     * @return the generator
     */
    public static Arbitrary<String> invalidBelgianEnterpriseNumbers() {
        return belgianEnterpriseNumbers().flatMap(number -> singleDigitChanges(number.digits()));
    }

    /**
     * Every text obtained from the given digits by changing exactly one digit to another digit.
     *
     * @param digits the digits
     * @return the generator of single-digit changes
     */
    public static Arbitrary<String> singleDigitChanges(String digits) {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, digits.length() - 1);
        Arbitrary<Integer> delta = Arbitraries.integers().between(1, 9);
        return Combinators.combine(position, delta).as((i, d) -> {
            char[] chars = digits.toCharArray();
            chars[i] = (char) ('0' + (chars[i] - '0' + d) % 10);
            return new String(chars);
        });
    }

    /**
     * Appends the Luhn check digit to a string of digits.
     *
     * @param base the digits without their check digit
     * @return the digits followed by the check digit that makes the Luhn sum a multiple of ten
     */
    public static String withLuhnDigit(String base) {
        for (int d = 0; d <= 9; d++) {
            String candidate = base + d;
            if (luhnSum(candidate) % 10 == 0) {
                return candidate;
            }
        }
        throw new AssertionError("no Luhn digit for " + base);
    }

    private static int luhnSum(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            doubled = !doubled;
        }
        return sum;
    }

    // ----------------------------------------------------------------------------------------------- parties

    /**
     * Postal addresses in metropolitan France (Corsica and Alsace-Moselle included), the French overseas
     * territories, Belgium and a few other countries.
     *
     * @return the generator
     */
    public static Arbitrary<PostalAddress> postalAddresses() {
        Arbitrary<String[]> place = Arbitraries.of(
                new String[] {"75015", "Paris", "FR"}, new String[] {"69002", "Lyon", "FR"},
                new String[] {"13001", "Marseille", "FR"}, new String[] {"20000", "Ajaccio", "FR"},
                new String[] {"67000", "Strasbourg", "FR"}, new String[] {"68100", "Mulhouse", "FR"},
                new String[] {"57000", "Metz", "FR"}, new String[] {"97110", "Pointe-à-Pitre", "FR"},
                new String[] {"97200", "Fort-de-France", "FR"}, new String[] {"97300", "Cayenne", "FR"},
                new String[] {"97400", "Saint-Denis", "FR"}, new String[] {"97600", "Mamoudzou", "FR"},
                new String[] {"97133", "Gustavia", "FR"}, new String[] {"97150", "Marigot", "FR"},
                new String[] {"97500", "Saint-Pierre", "FR"}, new String[] {"98800", "Nouméa", "FR"},
                new String[] {"1000", "Bruxelles", "BE"}, new String[] {"2000", "Antwerpen", "BE"},
                new String[] {"4000", "Liège", "BE"}, new String[] {"10115", "Berlin", "DE"},
                new String[] {"1011", "Amsterdam", "NL"}, new String[] {"98000", "Monaco", "MC"},
                new String[] {"8001", "Zürich", "CH"});
        Arbitrary<String> street = Arbitraries.of("rue de la Paix", "avenue Foch", "Grand-Place", "Kerkstraat",
                "Hauptstraße", "chemin des Vignes");
        return Combinators.combine(place, Arbitraries.integers().between(1, 250), street)
                .as((p, number, s) -> PostalAddress.builder().addLine(number + " " + s).postalCode(p[0]).city(p[1])
                        .country(p[2]).build());
    }

    /**
     * Parties of every kind, merchants only where the kind allows, with identifiers that match their country.
     *
     * @return the generator
     */
    public static Arbitrary<Party> parties() {
        return Arbitraries.of(PartyKind.values()).flatMap(RecouvrementArbitraries::partiesOfKind);
    }

    /**
     * Parties of the given kind.
     *
     * @param kind the kind
     * @return the generator
     */
    public static Arbitrary<Party> partiesOfKind(PartyKind kind) {
        Arbitrary<Boolean> merchant = kind == PartyKind.COMPANY || kind == PartyKind.PROFESSIONAL_NATURAL_PERSON
                ? Arbitraries.of(true, false) : Arbitraries.just(false);
        Arbitrary<String> name = Arbitraries.of("Dupont Matériaux", "Claire Martin", "Brouwerij De Ster",
                "O'Neil & Fils", "Société \"Les Amis\"", "Zoë Lefèvre-Østergaard", "Commune de Nulle-Part");
        return Combinators.combine(name, postalAddresses(), merchant, sirens(), belgianEnterpriseNumbers(),
                Arbitraries.of(Language.values()))
                .as((n, address, m, siren, bce, language) -> {
                    Party.Builder builder = Party.builder().kind(kind).name(n).address(address).merchant(m)
                            .language(language);
                    if (kind.isProfessional() && address.territory().isFrench()) {
                        builder.siren(siren).vatNumber(VatNumber.ofFrench(siren));
                    } else if (kind.isProfessional() && address.country().equals("BE")) {
                        builder.belgianEnterpriseNumber(bce).vatNumber(VatNumber.ofBelgian(bce));
                    } else {
                        builder.siren(java.util.Optional.empty());
                    }
                    return builder.build();
                });
    }

    // ----------------------------------------------------------------------------------------------- claims

    /**
     * Dates from 2000 to 2030.
     *
     * @return the generator
     */
    public static Arbitrary<LocalDate> dates() {
        return Dates.dates().between(LocalDate.of(2000, 1, 1), LocalDate.of(2030, 12, 31));
    }

    /**
     * Valid claims between generated parties, in euros, with coherent dates.
     *
     * @return the generator
     */
    public static Arbitrary<Claim> claims() {
        Arbitrary<PaymentTerms> terms = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 90).map(PaymentTerms::daysFromInvoice),
                Arbitraries.just(PaymentTerms.statutoryDefault()),
                Arbitraries.of(org.recouvrement.claim.EndOfMonthMethod.values())
                        .map(m -> PaymentTerms.daysEndOfMonth(45, m)));
        return Combinators.combine(parties(), parties(), positiveEuros(), dates(),
                Arbitraries.integers().between(-30, 30), terms, Arbitraries.of(ClaimOrigin.values()),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12))
                .as((creditor, debtor, principal, issue, performanceOffset, t, origin, ref) -> Claim.builder()
                        .reference("REF-" + ref)
                        .creditor(creditor)
                        .debtor(debtor)
                        .origin(origin)
                        .principal(principal)
                        .issueDate(issue)
                        .performanceDate(issue.plusDays(performanceOffset))
                        .paymentTerms(t)
                        .build());
    }

    // ----------------------------------------------------------------------------------------------- cases

    /**
     * Recovery cases with a coherent timeline: reminders, a formal notice sent then delivered, partial payments that
     * never exceed the principal, possibly a dispute opened and closed, a mediation started and ended, an
     * acknowledgement; all dated after the claim arose and within two years of its due date.
     *
     * @return the generator
     */
    public static Arbitrary<RecoveryCase> recoveryCases() {
        return claims().flatMap(claim -> timelines(claim).map(events -> RecoveryCase.of(claim, events)));
    }

    /**
     * Coherent timelines for the given claim.
     *
     * @param claim the claim
     * @return the generator of event lists, in any order
     */
    public static Arbitrary<List<CaseEvent>> timelines(Claim claim) {
        LocalDate due = claim.dueDate();
        Arbitrary<Integer> day = Arbitraries.integers().between(1, 730);
        Arbitrary<List<Integer>> reminderDays = day.list().ofMaxSize(3);
        Arbitrary<List<Integer>> paymentShares = Arbitraries.integers().between(1, 30).list().ofMaxSize(3);
        return Combinators.combine(reminderDays, paymentShares, day, day, Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.of(true, false), day)
                .as((reminders, shares, noticeDay, disputeDay, withNotice, withDispute, withMediation, ackDay) -> {
                    List<CaseEvent> events = new ArrayList<>();
                    for (int r : reminders) {
                        events.add(new CaseEvent.ReminderSent(due.plusDays(r), ContactChannel.EMAIL));
                    }
                    if (withNotice) {
                        events.add(new CaseEvent.FormalNoticeSent(due.plusDays(noticeDay),
                                ContactChannel.REGISTERED_LETTER));
                        events.add(new CaseEvent.FormalNoticeDelivered(due.plusDays(noticeDay + 2)));
                    }
                    // Each payment is a share (in percent) of the principal; together they stay below it.
                    Amount principal = claim.principal();
                    int offset = 5;
                    for (int share : shares) {
                        Amount part = principal.multipliedBy(BigDecimal.valueOf(share, 2), java.math.RoundingMode.DOWN);
                        if (part.isPositive()) {
                            events.add(new CaseEvent.PaymentReceived(due.plusDays(offset), part));
                        }
                        offset += 40;
                    }
                    if (withDispute) {
                        events.add(new CaseEvent.DisputeOpened(due.plusDays(disputeDay), "quality of delivery"));
                        events.add(new CaseEvent.DisputeClosed(due.plusDays(disputeDay + 30)));
                    }
                    if (withMediation) {
                        events.add(new CaseEvent.AmicableProcessStarted(due.plusDays(ackDay), AmicableProcess.MEDIATION));
                        events.add(new CaseEvent.AmicableProcessEnded(due.plusDays(ackDay + 60), AmicableProcess.MEDIATION));
                    } else {
                        events.add(new CaseEvent.DebtAcknowledged(due.plusDays(ackDay)));
                    }
                    return events;
                });
    }
}
