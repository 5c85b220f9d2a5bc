package org.recouvrement.letters.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recouvrement.claim.Evidence;
import org.recouvrement.claim.Instalment;
import org.recouvrement.law.LegalReference;
import org.recouvrement.letters.AcknowledgementOfDebtForm;
import org.recouvrement.letters.AmountStatement;
import org.recouvrement.letters.ChargeLine;
import org.recouvrement.letters.ClaimItem;
import org.recouvrement.letters.CollectionAgencyLetter;
import org.recouvrement.letters.ConsumerFirstReminder;
import org.recouvrement.letters.CourteousReminder;
import org.recouvrement.letters.FirmReminder;
import org.recouvrement.letters.FormalNotice;
import org.recouvrement.letters.GroupedReminder;
import org.recouvrement.letters.InterestLine;
import org.recouvrement.letters.Letter;
import org.recouvrement.letters.LetterFormatting;
import org.recouvrement.letters.OrderForPaymentRequest;
import org.recouvrement.letters.PaymentLine;
import org.recouvrement.letters.PaymentPlanAgreement;
import org.recouvrement.letters.PaymentPlanProposal;
import org.recouvrement.letters.ProofOfClaim;
import org.recouvrement.money.Amount;
import org.recouvrement.party.Language;
import org.recouvrement.party.Party;
import org.recouvrement.party.PostalAddress;

/**
 * Turns a letter into the plain data its templates see: maps, lists, strings and booleans only, every date and
 * amount already written for the letter's language, every text cleaned of characters XML cannot carry. Templates thus
 * reach no Java object and can call no method. Also collects the snapshot of what the letter claims.
 */
final class LetterContext {

    private final Letter letter;
    private final Language language;
    private final Map<String, String> messages;
    private final Map<String, Object> root = new LinkedHashMap<>();
    private final Map<String, LocalDate> deadlines = new LinkedHashMap<>();
    private final Map<String, Object> snapshot = new LinkedHashMap<>();

    private LetterContext(Letter letter, Map<String, String> messages) {
        this.letter = letter;
        this.language = letter.language();
        this.messages = messages;
    }

    static LetterContext of(Letter letter, Map<String, String> messages) {
        LetterContext context = new LetterContext(letter, messages);
        context.build();
        return context;
    }

    Map<String, Object> root() {
        return root;
    }

    Map<String, LocalDate> deadlines() {
        return deadlines;
    }

    Map<String, Object> snapshot() {
        return snapshot;
    }

    String title() {
        return message("title_" + letter.kind().slug().replace('-', '_'));
    }

    private void build() {
        root.put("lang", language.tag());
        root.put("kind", letter.kind().slug());
        root.put("title", title());
        root.put("m", messages);
        root.put("creditor", party(letter.creditor(), letter.debtor()));
        root.put("debtor", party(letter.debtor(), letter.creditor()));
        root.put("sender", root.get("creditor"));
        root.put("recipient", root.get("debtor"));
        root.put("letter", true);
        root.put("layoutSignature", !(letter instanceof PaymentPlanProposal));
        root.put("date", date(letter.date()));
        Party sender = letter instanceof CollectionAgencyLetter agency && agency.collector().isPresent()
                ? agency.collector().get() : letter.creditor();
        root.put("place", clean(sender.address().city()));
        root.put("dateLine", message("dateLine").replace("{place}", clean(sender.address().city()))
                .replace("{date}", date(letter.date())));
        root.put("fileReference", letter.fileReference().map(LetterContext::clean).map(s -> (Object) s).orElse(false));
        root.put("signatory", letter.signatory().map(LetterContext::clean).map(s -> (Object) s).orElse(false));
        root.put("b2b", letter.businessToBusiness());
        root.put("consumerDebtor", letter.debtor().kind().isConsumer());
        root.put("dispatch", false);
        root.put("deadline", false);
        root.put("st", letter.statement().map(this::statement).map(s -> (Object) s).orElse(false));

        snapshot.put("kind", letter.kind().name());
        snapshot.put("jurisdiction", letter.jurisdiction().name());
        snapshot.put("language", language.tag());
        snapshot.put("tone", letter.tone().name());
        snapshot.put("date", letter.date().toString());
        snapshot.put("creditor", letter.creditor().name());
        snapshot.put("debtor", letter.debtor().name());
        letter.fileReference().ifPresent(r -> snapshot.put("fileReference", r));
        letter.statement().ifPresent(s -> snapshot.put("statement", statementSnapshot(s)));
        kindSpecific();
        List<String> bases = new ArrayList<>();
        for (LegalReference reference : letter.legalBases()) {
            bases.add(reference.display());
        }
        snapshot.put("deadlines", stringDates(deadlines));
        snapshot.put("legalBases", bases);
    }

    private void kindSpecific() {
        if (letter instanceof CourteousReminder l) {
            deadline(l.paymentDeadline());
        } else if (letter instanceof FirmReminder l) {
            deadline(l.paymentDeadline());
        } else if (letter instanceof GroupedReminder l) {
            deadline(l.paymentDeadline());
        } else if (letter instanceof FormalNotice l) {
            deadline(l.paymentDeadline());
            l.dispatch().ifPresent(c -> {
                root.put("dispatch", message("dispatch_" + c.name()));
                snapshot.put("dispatch", c.name());
            });
        } else if (letter instanceof ConsumerFirstReminder l) {
            deadline(l.paymentDeadline());
            root.put("dispatch", message("dispatch_" + l.dispatch().name()));
            root.put("email", l.dispatch() == org.recouvrement.recovery.ContactChannel.EMAIL);
            snapshot.put("dispatch", l.dispatch().name());
            Optional<Amount> damages = l.damagesIfUnpaid();
            root.put("damages", damages.filter(Amount::isPositive).map(this::amount).map(s -> (Object) s).orElse(false));
            damages.ifPresent(d -> snapshot.put("damagesIfUnpaid", d.toString()));
            root.put("enterpriseNumber", l.creditor().belgianEnterpriseNumber().map(Object::toString)
                    .map(s -> (Object) s).orElse(false));
        } else if (letter instanceof CollectionAgencyLetter l) {
            deadline(l.paymentDeadline());
            root.put("collector", l.collector().map(c -> (Object) party(c, l.debtor())).orElse(false));
            root.put("sender", root.get("collector"));
            l.collector().ifPresent(c -> snapshot.put("collector", c.name()));
            root.put("paymentInstructions", l.paymentInstructions().map(LetterContext::clean)
                    .map(s -> (Object) s).orElse(false));
        } else if (letter instanceof PaymentPlanProposal l) {
            instalments(l.instalments());
            l.acceptBy().ifPresent(d -> deadlines.put("acceptBy", d));
            root.put("acceptBy", l.acceptBy().map(this::date).map(s -> (Object) s).orElse(false));
        } else if (letter instanceof PaymentPlanAgreement l) {
            instalments(l.instalments());
            root.put("letter", false);
            root.put("acceleration", l.accelerationOnDefault());
            root.put("noticeDays", Integer.toString(l.noticeDaysBeforeAcceleration()));
        } else if (letter instanceof AcknowledgementOfDebtForm) {
            root.put("letter", false);
        } else if (letter instanceof OrderForPaymentRequest l) {
            orderForPayment(l);
        } else if (letter instanceof ProofOfClaim l) {
            proofOfClaim(l);
        }
    }

    private void orderForPayment(OrderForPaymentRequest l) {
        root.put("letter", false);
        root.put("court", l.court().map(c -> (Object) clean(c.frenchName())).orElse(false));
        root.put("addressee", l.court().map(c -> (Object) message(
                c.kind() == org.recouvrement.letters.CourtKind.JUGE_DES_CONTENTIEUX_DE_LA_PROTECTION
                        ? "addressee_judge" : "addressee_president").replace("{court}", clean(c.frenchName())))
                .orElse(false));
        root.put("cerfa", l.cerfaNumber().map(s -> (Object) s).orElse(false));
        l.cerfaNumber().ifPresent(n -> snapshot.put("cerfa", n + " (unconfirmed)"));
        l.court().ifPresent(c -> snapshot.put("court", c.frenchName()));
        root.put("basis", l.basis().map(LetterContext::clean).map(s -> (Object) s).orElse(false));
        root.put("evidence", evidence(l.evidence()));
        root.put("naturalPerson", l.creditor().kind().isNaturalPerson());
        root.put("legalForm", optional(l.claimantLegalForm()));
        root.put("representative", optional(l.claimantRepresentative()));
        root.put("profession", optional(l.claimantProfession()));
        root.put("nationality", optional(l.claimantNationality()));
        root.put("birth", l.claimantBirthDate().isPresent() && l.claimantBirthPlace().isPresent()
                ? message("birth").replace("{date}", date(l.claimantBirthDate().get()))
                        .replace("{place}", clean(l.claimantBirthPlace().get()))
                : false);
        root.put("referral", l.referralOnOpposition());
    }

    private void proofOfClaim(ProofOfClaim l) {
        root.put("proceedings", l.proceedings().map(p -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("kind", message("insolvency_" + p.kind().name()));
            map.put("court", clean(p.court().frenchName()));
            map.put("openingDate", date(p.openingDate()));
            map.put("publicationDate", p.publicationDate().map(this::date).map(s -> (Object) s).orElse(false));
            snapshot.put("proceedings", p.kind().name() + ", " + p.court().frenchName() + ", opened " + p.openingDate());
            return (Object) map;
        }).orElse(false));
        root.put("practitioner", l.practitioner().map(p -> (Object) party(p, l.creditor())).orElse(false));
        root.put("recipient", root.get("practitioner"));
        root.put("liquidation", l.liquidation());
        List<Map<String, Object>> sums = new ArrayList<>();
        List<Object> sumsSnapshot = new ArrayList<>();
        for (Instalment sum : l.sumsToFallDue()) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("dueDate", date(sum.dueDate()));
            map.put("amount", amount(sum.amount()));
            sums.add(map);
            sumsSnapshot.add(sum.dueDate() + " " + sum.amount());
        }
        root.put("sumsToFallDue", sums);
        root.put("hasSumsToFallDue", !sums.isEmpty());
        snapshot.put("sumsToFallDue", sumsSnapshot);
        root.put("security", optional(l.security()));
        root.put("certify", !l.enforceableTitle());
        root.put("evidence", evidence(l.evidence()));
    }

    private Object optional(Optional<String> value) {
        return value.map(LetterContext::clean).map(s -> (Object) s).orElse(false);
    }

    private List<Map<String, Object>> evidence(List<Evidence> documents) {
        List<Map<String, Object>> list = new ArrayList<>();
        List<Object> snap = new ArrayList<>();
        int number = 1;
        for (Evidence document : documents) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("number", Integer.toString(number++));
            map.put("kind", message("evidence_" + document.kind().name()));
            map.put("description", clean(document.description()));
            map.put("date", document.date().map(this::date).map(s -> (Object) s).orElse(false));
            list.add(map);
            snap.add(document.kind().name() + ": " + document.description());
        }
        snapshot.put("evidence", snap);
        return list;
    }

    private void instalments(List<Instalment> instalments) {
        List<Map<String, Object>> list = new ArrayList<>();
        int number = 1;
        for (Instalment instalment : instalments) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("number", Integer.toString(number));
            map.put("dueDate", date(instalment.dueDate()));
            map.put("amount", amount(instalment.amount()));
            list.add(map);
            deadlines.put("instalment." + number + " " + instalment.amount(), instalment.dueDate());
            number++;
        }
        root.put("instalments", list);
        root.put("instalmentCount", Integer.toString(list.size()));
        if (!instalments.isEmpty()) {
            root.put("firstInstalment", date(instalments.get(0).dueDate()));
            root.put("lastInstalment", date(instalments.get(instalments.size() - 1).dueDate()));
        }
    }

    private void deadline(Optional<LocalDate> date) {
        date.ifPresent(d -> {
            deadlines.put("paymentDeadline", d);
            root.put("deadline", date(d));
        });
    }

    private Map<String, Object> party(Party party, Party other) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", clean(party.name()));
        PostalAddress address = party.address();
        List<String> lines = new ArrayList<>();
        for (String line : address.lines()) {
            if (!line.isBlank()) {
                lines.add(clean(line));
            }
        }
        map.put("lines", lines);
        map.put("postalCode", clean(address.postalCode()));
        map.put("city", clean(address.city()));
        boolean foreign = !address.country().equals(other.address().country());
        String country = messages.getOrDefault("country_" + address.country(), address.country());
        map.put("country", foreign ? country : false);
        StringBuilder oneLine = new StringBuilder();
        for (String line : lines) {
            oneLine.append(line).append(", ");
        }
        oneLine.append(clean(address.postalCode())).append(' ').append(clean(address.city()));
        if (foreign) {
            oneLine.append(" (").append(country).append(')');
        }
        map.put("address", oneLine.toString());
        map.put("natural", party.kind().isNaturalPerson());
        List<Map<String, Object>> ids = new ArrayList<>();
        party.siret().ifPresentOrElse(s -> ids.add(id("id_siret", s.toString())),
                () -> party.siren().ifPresent(s -> ids.add(id("id_siren", s.toString()))));
        party.belgianEnterpriseNumber().ifPresent(n -> ids.add(id("id_enterprise", n.toString())));
        party.vatNumber().ifPresent(v -> ids.add(id("id_vat", v.toString())));
        map.put("ids", ids);
        return map;
    }

    private Map<String, Object> id(String labelKey, String value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("label", message(labelKey));
        map.put("value", clean(value));
        return map;
    }

    private Map<String, Object> statement(AmountStatement statement) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("asOf", date(statement.asOf()));
        map.put("title", message("statement_title").replace("{date}", date(statement.asOf())));
        List<Map<String, Object>> claims = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ClaimItem claim : statement.claims()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("reference", clean(claim.reference()));
            c.put("description", claim.description().map(LetterContext::clean).map(s -> (Object) s).orElse(false));
            c.put("issueDate", claim.issueDate().map(this::date).map(s -> (Object) s).orElse(false));
            c.put("dueDate", claim.dueDate().map(this::date).map(s -> (Object) s).orElse(false));
            c.put("principal", amount(claim.principal()));
            String label = message("statement_claim_" + claim.origin().name())
                    .replace("{reference}", clean(claim.reference()));
            if (claim.issueDate().isPresent()) {
                label += " " + message("statement_issued").replace("{date}", date(claim.issueDate().get()));
            }
            if (claim.description().isPresent()) {
                label += " (" + clean(claim.description().get()) + ")";
            }
            if (claim.dueDate().isPresent()) {
                label += message("statement_due").replace("{date}", date(claim.dueDate().get()));
            }
            c.put("label", label);
            claims.add(c);
            rows.add(row(label, claim.principal(), false));
        }
        List<Map<String, Object>> interest = new ArrayList<>();
        for (InterestLine line : statement.interest()) {
            String label = message("statement_interest")
                    .replace("{from}", date(line.from())).replace("{to}", date(line.to()))
                    .replace("{days}", Long.toString(line.days())).replace("{base}", amount(line.base()))
                    .replace("{rate}", LetterFormatting.rate(line.rate(), language))
                    .replace("{basis}", line.basis().display());
            if (line.claimReference().isPresent() && statement.claims().size() > 1) {
                label += " – " + clean(line.claimReference().get());
            }
            Map<String, Object> r = row(label, line.amount(), false);
            interest.add(r);
            rows.add(r);
        }
        List<Map<String, Object>> charges = new ArrayList<>();
        for (ChargeLine line : statement.charges()) {
            String label = message("charge_" + line.kind().name());
            if (line.description().isPresent()) {
                label += " – " + clean(line.description().get());
            }
            if (line.claimReference().isPresent() && statement.claims().size() > 1) {
                label += " – " + clean(line.claimReference().get());
            }
            if (line.basis().isPresent()) {
                label += " (" + line.basis().get().display() + ")";
            }
            Map<String, Object> r = row(label, line.amount(), false);
            charges.add(r);
            rows.add(r);
        }
        List<Map<String, Object>> payments = new ArrayList<>();
        for (PaymentLine line : statement.payments()) {
            String label = message(line.creditNote() ? "statement_creditNote" : "statement_payment")
                    .replace("{date}", date(line.date()));
            if (line.reference().isPresent()) {
                label += " – " + clean(line.reference().get());
            }
            Map<String, Object> r = row(label, line.amount().negated(), false);
            payments.add(r);
            rows.add(r);
        }
        map.put("claims", claims);
        map.put("single", claims.size() == 1);
        map.put("count", Integer.toString(claims.size()));
        map.put("interest", interest);
        map.put("charges", charges);
        map.put("payments", payments);
        map.put("hasInterest", !interest.isEmpty());
        map.put("hasCharges", !charges.isEmpty());
        map.put("hasPayments", !payments.isEmpty());
        map.put("rows", rows);
        List<Map<String, Object>> totals = new ArrayList<>();
        if (!interest.isEmpty() || !charges.isEmpty() || !payments.isEmpty()) {
            totals.add(row(message("statement_principalTotal"), statement.principalTotal(), false));
        }
        if (!interest.isEmpty()) {
            totals.add(row(message("statement_interestTotal"), statement.interestTotal(), false));
        }
        if (!charges.isEmpty()) {
            totals.add(row(message("statement_chargesTotal"), statement.chargesTotal(), false));
        }
        if (!payments.isEmpty()) {
            totals.add(row(message("statement_paymentsTotal"), statement.paymentsTotal().negated(), false));
        }
        totals.add(row(message("statement_balance"), statement.balance(), true));
        map.put("totals", totals);
        map.put("principalTotal", amount(statement.principalTotal()));
        map.put("interestTotal", amount(statement.interestTotal()));
        map.put("chargesTotal", amount(statement.chargesTotal()));
        map.put("paymentsTotal", amount(statement.paymentsTotal()));
        map.put("balance", amount(statement.balance()));
        return map;
    }

    private Map<String, Object> statementSnapshot(AmountStatement statement) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("asOf", statement.asOf().toString());
        List<Object> claims = new ArrayList<>();
        for (ClaimItem claim : statement.claims()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("reference", claim.reference());
            claim.description().ifPresent(d -> c.put("description", d));
            claim.issueDate().ifPresent(d -> c.put("issueDate", d.toString()));
            claim.dueDate().ifPresent(d -> c.put("dueDate", d.toString()));
            c.put("principal", claim.principal().toString());
            claims.add(c);
        }
        map.put("claims", claims);
        List<Object> interest = new ArrayList<>();
        for (InterestLine line : statement.interest()) {
            Map<String, Object> i = new LinkedHashMap<>();
            line.claimReference().ifPresent(r -> i.put("claimReference", r));
            i.put("from", line.from().toString());
            i.put("to", line.to().toString());
            i.put("days", line.days());
            i.put("base", line.base().toString());
            i.put("rate", line.rate().toString());
            i.put("basis", line.basis().display());
            i.put("amount", line.amount().toString());
            interest.add(i);
        }
        map.put("interest", interest);
        List<Object> charges = new ArrayList<>();
        for (ChargeLine line : statement.charges()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("kind", line.kind().name());
            line.claimReference().ifPresent(r -> c.put("claimReference", r));
            line.basis().ifPresent(b -> c.put("basis", b.display()));
            c.put("amount", line.amount().toString());
            charges.add(c);
        }
        map.put("charges", charges);
        List<Object> payments = new ArrayList<>();
        for (PaymentLine line : statement.payments()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("date", line.date().toString());
            p.put("creditNote", line.creditNote());
            p.put("amount", line.amount().toString());
            payments.add(p);
        }
        map.put("payments", payments);
        map.put("principalTotal", statement.principalTotal().toString());
        map.put("interestTotal", statement.interestTotal().toString());
        map.put("chargesTotal", statement.chargesTotal().toString());
        map.put("paymentsTotal", statement.paymentsTotal().toString());
        map.put("balance", statement.balance().toString());
        return map;
    }

    private Map<String, Object> row(String label, Amount amount, boolean total) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("label", label);
        map.put("amount", amount(amount));
        map.put("total", total);
        return map;
    }

    private static Map<String, Object> stringDates(Map<String, LocalDate> dates) {
        Map<String, Object> map = new LinkedHashMap<>();
        dates.forEach((k, v) -> map.put(k, v.toString()));
        return map;
    }

    private String message(String key) {
        String value = messages.get(key);
        if (value == null) {
            throw new TemplateException("messages." + language.tag() + ".properties", "has no key " + key);
        }
        return value;
    }

    /** The date in full, with no-break spaces so that it never breaks across lines. */
    private String date(LocalDate date) {
        return LetterFormatting.date(date, language).replace(' ', '\u00a0');
    }

    private String amount(Amount amount) {
        return LetterFormatting.amount(amount, language);
    }

    /**
     * Replaces what XML 1.0 cannot carry (control characters other than tab and line breaks, lone surrogates,
     * non-characters U+FFFE and U+FFFF) with U+FFFD, so that any text renders as HTML and PDF.
     */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad;
            if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
                if (!bad) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                bad = Character.isLowSurrogate(c) || c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                        || c == 0xfffe || c == 0xffff || c >= 0x7f && c <= 0x9f;
            }
            if (bad && out == null) {
                out = new StringBuilder(text.length());
                out.append(text, 0, i);
            }
            if (out != null) {
                out.append(bad ? '\ufffd' : c);
            }
        }
        return out == null ? text : out.toString();
    }
}
