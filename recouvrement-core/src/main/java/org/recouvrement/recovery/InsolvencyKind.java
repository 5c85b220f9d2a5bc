package org.recouvrement.recovery;

/**
 * The kind of collective insolvency proceedings opened against a debtor (C. com. livre VI).
 */
public enum InsolvencyKind {
    /** Safeguard (<i>sauvegarde</i>, C. com. art. L620-1). */
    SAFEGUARD,
    /** Reorganisation (<i>redressement judiciaire</i>, C. com. art. L631-1). */
    REORGANISATION,
    /** Liquidation (<i>liquidation judiciaire</i>, C. com. art. L640-1). */
    LIQUIDATION,
    /** Belgian bankruptcy or judicial reorganisation (CDE livre XX). */
    BELGIAN_INSOLVENCY
}
