package org.recouvrement.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.recouvrement.interest.InterestCalculator;
import org.recouvrement.interest.InterestLine;
import org.recouvrement.interest.InterestStatement;
import org.recouvrement.money.Amount;
import org.recouvrement.testing.CourtDocumentArbitraries;
import org.recouvrement.testing.CourtDocumentArbitraries.Drafting;

/** Invariants of the court documents over generated French cases. */
class CourtDocumentsProperties {

    private static final CourtDocuments DOCUMENTS = CourtDocuments.standard();
    private static final InterestCalculator INTEREST = InterestCalculator.standard();

    @Provide
    Arbitrary<Drafting> orderForPaymentCases() {
        return CourtDocumentArbitraries.orderForPaymentCases();
    }

    @Provide
    Arbitrary<Drafting> proofOfClaimCases() {
        return CourtDocumentArbitraries.proofOfClaimCases();
    }

    /**
     * CPC art. 1407: the elements of the breakdown add up to the amount claimed, which is what the interest engine
     * leaves owed plus any penalty clause; the interest element is the sum of the statement's lines.
     */
    @Property(tries = 300)
    void theBreakdownOfARequestAddsUpToItsTotal(@ForAll("orderForPaymentCases") Drafting d) {
        OrderForPaymentRequestContent request;
        try {
            request = DOCUMENTS.orderForPaymentRequest(d.file(), d.asOf(), false);
        } catch (CourtDocumentRefusedException closed) {
            Assume.that(false);
            return;
        }
        AmountBreakdown amount = request.amount();
        Amount sum = Amount.zero(amount.currency());
        for (BreakdownLine line : amount.lines()) {
            assertTrue(line.amount().isPositive(), line::toString);
            sum = line.kind().isDeduction() ? sum.minus(line.amount()) : sum.plus(line.amount());
        }
        assertEquals(request.total(), sum, amount::toString);

        InterestStatement statement = INTEREST.statement(d.file(), d.asOf());
        assertEquals(statement.balance().plus(amount.penaltyClause().orElse(Amount.zero(amount.currency()))),
                request.total(), statement::toText);
        Amount interestLines = Amount.zero(amount.currency());
        for (InterestLine line : statement.lines()) {
            interestLines = interestLines.plus(line.interest());
        }
        Amount interestInBreakdown = amount.linesOf(BreakdownLineKind.INTEREST).stream().map(BreakdownLine::amount)
                .reduce(Amount.zero(amount.currency()), Amount::plus);
        assertEquals(interestLines, interestInBreakdown);
        assertFalse(request.total().isNegative());
    }

    /** C. com. art. L622-25, L622-28: the amount declared does not depend on the day the declaration is drawn up. */
    @Property(tries = 150)
    void aProofOfClaimIsTheAmountDueAtTheOpening(@ForAll("proofOfClaimCases") Drafting d) {
        ProofOfClaimContent proof;
        try {
            proof = DOCUMENTS.proofOfClaim(d.file(), d.asOf());
        } catch (CourtDocumentRefusedException closed) {
            Assume.that(false);
            return;
        }
        assertEquals(proof.openingDate(), proof.amountDue().asOf());
        proof.amountDue().interest().to().ifPresent(last -> assertTrue(last.isBefore(proof.openingDate())));
        ProofOfClaimContent onPublication = DOCUMENTS.proofOfClaim(d.file(), proof.publicationDate().orElseThrow());
        assertEquals(onPublication.amountDue(), proof.amountDue());
        assertEquals(proof.total(), proof.amountDue().sumOfLines());
    }
}
