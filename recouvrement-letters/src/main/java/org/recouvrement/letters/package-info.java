/**
 * The documents the library's decisions call for, as immutable models: reminders
 * ({@link org.recouvrement.letters.CourteousReminder}, {@link org.recouvrement.letters.FirmReminder},
 * {@link org.recouvrement.letters.GroupedReminder}), the formal notice ({@link org.recouvrement.letters.FormalNotice},
 * <i>mise en demeure</i>, C. civ. art. 1344), the Belgian consumer first reminder
 * ({@link org.recouvrement.letters.ConsumerFirstReminder}, CDE book XIX), the collection agency's letter
 * ({@link org.recouvrement.letters.CollectionAgencyLetter}, CPCE art. R124-4), payment plans, the acknowledgement of
 * debt form, the request for an order for payment ({@link org.recouvrement.letters.OrderForPaymentRequest}, CPC
 * art. 1407) and the proof of claim in insolvency ({@link org.recouvrement.letters.ProofOfClaim}, C. com.
 * art. L622-25).
 *
 * <p>Every letter carries its amounts as an {@link org.recouvrement.letters.AmountStatement} (principal, interest line
 * by line, charges, payments, balance) and its deadlines as dates computed by the caller.
 * {@link org.recouvrement.letters.MandatoryMentions} lists what a letter lacks before it may be rendered;
 * {@link org.recouvrement.letters.LetterFormatting} writes dates and amounts for a letter's language, independently of
 * the machine's default locale. Rendering lives in {@link org.recouvrement.letters.render}.
 */
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        strictBuilder = true,
        depluralize = true,
        redactedMask = "****",
        throwForInvalidImmutableState = MissingValueException.class,
        throwForNullPointer = MissingValueException.class,
        allowedClasspathAnnotations = {Override.class},
        defaults = @Value.Immutable(copy = false))
package org.recouvrement.letters;

import org.immutables.value.Value;
import org.recouvrement.MissingValueException;
