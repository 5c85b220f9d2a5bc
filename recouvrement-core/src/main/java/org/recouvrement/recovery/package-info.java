/**
 * The case file (<i>dossier de recouvrement</i>): {@link org.recouvrement.recovery.RecoveryCase}, a claim and the
 * time-ordered {@link org.recouvrement.recovery.CaseEvent events} of its recovery, from which every later answer
 * (limitation, interest, routes, dunning) is computed.
 */
@ValueStyle
package org.recouvrement.recovery;

import org.recouvrement.internal.ValueStyle;
