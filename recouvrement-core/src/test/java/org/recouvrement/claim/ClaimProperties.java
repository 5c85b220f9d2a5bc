package org.recouvrement.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.recouvrement.InvalidValueException;
import org.recouvrement.money.Amount;
import org.recouvrement.money.Rate;
import org.recouvrement.testing.RecouvrementArbitraries;

/**
 * An invalid claim can never be built: a valid claim's attributes with one defect always raise the library's typed
 * exception (never a NullPointerException, never a claim).
 */
class ClaimProperties {

    /** One way to break a claim while copying a valid one into a builder. */
    enum Defect {
        DUE_BEFORE_ISSUE, ZERO_PRINCIPAL, NEGATIVE_PRINCIPAL, FOREIGN_VAT_AMOUNT, EXCLUDING_ABOVE_INCLUDING,
        BLANK_REFERENCE, INSTALMENTS_DO_NOT_ADD_UP, NEGATIVE_CONTRACTUAL_RATE, FOREIGN_PENALTY, MISSING_DEBTOR,
        MISSING_DUE_DATE_AND_TERMS, NULL_REFERENCE
    }

    @Provide
    Arbitrary<Claim> claims() {
        return RecouvrementArbitraries.claims();
    }

    @Provide
    Arbitrary<Defect> defects() {
        return Arbitraries.of(Defect.values());
    }

    @Property(tries = 400)
    void aClaimWithOneDefectIsNeverBuilt(@ForAll("claims") Claim valid, @ForAll("defects") Defect defect) {
        Throwable thrown = assertThrows(Throwable.class, () -> copyWith(valid, defect).build());
        assertTrue(thrown instanceof InvalidValueException,
                () -> defect + " raised " + thrown.getClass().getName() + ": " + thrown.getMessage());
        assertFalse(thrown.getMessage().isBlank());
    }

    @Property(tries = 200)
    void aCopyWithoutDefectIsBuilt(@ForAll("claims") Claim valid) {
        Claim copy = copyWith(valid, null).build();
        assertTrue(copy.dueDate().equals(valid.dueDate()) && copy.principal().equals(valid.principal()));
    }

    private static Claim.Builder copyWith(Claim valid, Defect defect) {
        Claim.Builder b = Claim.builder();
        run(defect == Defect.NULL_REFERENCE, () -> b.reference(null), () -> b.reference(
                defect == Defect.BLANK_REFERENCE ? "  " : valid.reference()));
        b.creditor(valid.creditor());
        if (defect != Defect.MISSING_DEBTOR) {
            b.debtor(valid.debtor());
        }
        b.origin(valid.origin());
        Amount principal = defect == Defect.ZERO_PRINCIPAL ? Amount.zero(Amount.EUR)
                : defect == Defect.NEGATIVE_PRINCIPAL ? valid.principal().negated() : valid.principal();
        b.principal(principal);
        b.issueDate(valid.issueDate());
        if (defect == Defect.DUE_BEFORE_ISSUE) {
            b.dueDate(valid.issueDate().minusDays(1));
        } else if (defect != Defect.MISSING_DUE_DATE_AND_TERMS) {
            b.dueDate(valid.dueDate());
        }
        if (defect == Defect.FOREIGN_VAT_AMOUNT) {
            b.amountIncludingVat(Amount.of(BigDecimal.TEN, Currency.getInstance("CHF")));
        }
        if (defect == Defect.EXCLUDING_ABOVE_INCLUDING) {
            b.amountIncludingVat(valid.principal()).amountExcludingVat(valid.principal().plus(Amount.euros("0.01")));
        }
        if (defect == Defect.INSTALMENTS_DO_NOT_ADD_UP) {
            b.addInstalment(Instalment.of(valid.dueDate(), valid.principal().plus(Amount.euros("0.01"))));
        }
        if (defect == Defect.NEGATIVE_CONTRACTUAL_RATE) {
            b.contractualInterestRate(Rate.ofPercent("-0.01"));
        }
        if (defect == Defect.FOREIGN_PENALTY) {
            b.penaltyClause(Amount.of(BigDecimal.ONE, Currency.getInstance("GBP")));
        }
        return b;
    }

    private static void run(boolean condition, Runnable ifTrue, Runnable otherwise) {
        Consumer<Runnable> exec = Runnable::run;
        exec.accept(condition ? ifTrue : otherwise);
    }
}
