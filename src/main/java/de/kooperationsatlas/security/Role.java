package de.kooperationsatlas.security;

/** The roles of the contract; each includes the rights of VIEWER. */
public enum Role {
    /** Reads everything, runs the analyses, exports. */
    VIEWER,
    /** VIEWER and the Cypher console. */
    ANALYST,
    /** VIEWER and changes to actors seated in the editor's regions (none = everywhere). */
    EDITOR,
    /** Everything: import, users, reference data, networks, chains, events. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
