package org.recouvrement.route;

import java.time.LocalDate;
import java.util.Optional;
import org.recouvrement.law.LegalReference;
import org.recouvrement.money.Amount;

/**
 * Which French court hears a route, from the claim's nature and the date: the commercial court (a tribunal des
 * activités économiques in the twelve pilot seats from 2025 to 2028) between merchants or against a merchant, the
 * juge des contentieux de la protection for consumer credit, the tribunal judiciaire otherwise.
 */
final class Forums {

    private Forums() {
    }

    /** The kind of French court for the claim on the date, or empty before the 2020 reform (not modelled). */
    static Optional<Forum> frenchCourt(RouteFacts f) {
        LocalDate asOf = f.asOf();
        if (asOf.isBefore(RouteLaw.JUDICIAL_REFORM_2020)) {
            return Optional.empty();
        }
        if (f.commercial()) {
            boolean pilot = !asOf.isBefore(RouteLaw.TAE_START) && asOf.isBefore(RouteLaw.TAE_END_EXCLUSIVE)
                    && RouteLaw.isTaeSeat(f.debtor().address().city());
            return Optional.of(pilot ? Forum.TRIBUNAL_DES_ACTIVITES_ECONOMIQUES : Forum.TRIBUNAL_DE_COMMERCE);
        }
        if (f.consumerCredit()) {
            return Optional.of(Forum.JUGE_DES_CONTENTIEUX_DE_LA_PROTECTION);
        }
        return Optional.of(Forum.TRIBUNAL_JUDICIAIRE);
    }

    static CompetentForum french(RouteFacts f, Forum forum, Optional<String> judge, String territorialRule,
            LegalReference... references) {
        CompetentForum.Builder builder = CompetentForum.builder().forum(forum).judge(judge)
                .territorialRule(territorialRule).seatHint(f.debtor().address().city());
        builder.addReferences(subjectMatterReference(forum));
        builder.addReferences(references);
        return builder.build();
    }

    static LegalReference subjectMatterReference(Forum forum) {
        switch (forum) {
            case TRIBUNAL_DE_COMMERCE:
                return RouteLaw.COM_L721_3;
            case TRIBUNAL_DES_ACTIVITES_ECONOMIQUES:
                return RouteLaw.LOI_2023_1059;
            default:
                return RouteLaw.LOI_2019_222;
        }
    }

    /** Whether a lawyer is mandatory before the forum for the amount claimed (CPC 760, 761, 853). */
    static void lawyer(RouteFacts f, Outcome o, Forum forum) {
        if (f.asOf().isBefore(RouteLaw.JUDICIAL_REFORM_2020)) {
            o.review("The rules on mandatory representation before 1 January 2020 are not modelled", RouteLaw.CPC_760);
            return;
        }
        Amount amount = f.claimedWithInterest();
        if (forum == Forum.JUGE_DES_CONTENTIEUX_DE_LA_PROTECTION) {
            o.lawyer(false, "Representation by a lawyer is never mandatory before the juge des contentieux de la "
                    + "protection", RouteLaw.CPC_761);
        } else if (amount.isGreaterThan(RouteLaw.LAWYER_THRESHOLD)) {
            o.lawyer(true, "A lawyer is mandatory: the claim (" + amount + ") exceeds " + RouteLaw.LAWYER_THRESHOLD,
                    forum == Forum.TRIBUNAL_JUDICIAIRE ? RouteLaw.CPC_760 : RouteLaw.CPC_853, RouteLaw.CPC_761);
        } else {
            o.lawyer(false, "No lawyer is needed: the claim (" + amount + ") does not exceed "
                    + RouteLaw.LAWYER_THRESHOLD, RouteLaw.CPC_761);
        }
    }

    /** Whether the judgment can be appealed, by the amount claimed (taux de ressort). */
    static void appeal(RouteFacts f, Outcome o, Forum forum) {
        Optional<org.recouvrement.law.Provision<Amount>> threshold = RouteLaw.APPEAL_THRESHOLD.inForceOn(f.asOf());
        if (threshold.isEmpty()) {
            return;
        }
        Amount limit = threshold.get().value();
        LegalReference ref = forum == Forum.TRIBUNAL_DE_COMMERCE || forum == Forum.TRIBUNAL_DES_ACTIVITES_ECONOMIQUES
                ? RouteLaw.COM_R721_6 : RouteLaw.COJ_R211_3_24;
        Amount amount = f.claimedWithInterest();
        if (amount.isGreaterThan(limit)) {
            o.appeal(true, "The decision can be appealed: the claim (" + amount + ") exceeds the appeal threshold of "
                    + limit, ref, threshold.get().reference());
        } else {
            o.appeal(false, "The decision is given without appeal (only a cassation appeal): the claim (" + amount
                    + ") does not exceed " + limit, ref, threshold.get().reference());
        }
    }
}
