extension LegalDeadline {
    /// The deadlines, checked against the statutes (law notes, re-checked 2026-12-03). Time is
    /// counted from the event in UTC: days and months are calendar days and months; national
    /// rules on counting (the first day not counted, holidays) can move an end by a day, so treat
    /// an end time as the latest safe moment, not a grace period.
    static let table: [LegalDeadline] = [
        // EU: GDPR
        LegalDeadline(
            .eu, .breachDiscovered, duty: "notify the breach to the competent supervisory authority", owedTo: .authority,
            limit: .hours(72), article: "GDPR Art. 33(1)",
            note: "where feasible; a later notification gives the reasons for the delay; not needed where the breach is unlikely to result in a risk to people's rights and freedoms"),
        LegalDeadline(
            .eu, .breachDiscovered, duty: "communicate the breach to the people affected", owedTo: .dataSubject,
            limit: .withoutDelay, article: "GDPR Art. 34(1)",
            note: "without undue delay, where the breach is likely to result in a high risk (not where Art. 34(3) applies)"),
        LegalDeadline(
            .eu, .accessRequest, duty: "give access to the information and a copy (or say why not)", owedTo: .dataSubject,
            limit: .months(1), extensionLimit: .months(2), article: "GDPR Art. 12(3), Art. 15",
            note: "the extension by two further months needs complex or numerous requests, and the person told of it, with reasons, within the first month"),
        LegalDeadline(
            .eu, .erasureRequest, duty: "erase without undue delay and inform the person of the action taken (or say why not)",
            owedTo: .dataSubject, limit: .months(1), extensionLimit: .months(2), article: "GDPR Art. 12(3), Art. 17(1)",
            note: "erasure is passed on to recipients unless impossible or disproportionate (Art. 19); Art. 17(3) exceptions (legal obligation, legal claims) may retain"),
        LegalDeadline(
            .eu, .consentWithdrawn, duty: "stop the processing that rested on the consent", owedTo: .dataSubject,
            limit: .noStatutoryLimit, article: "GDPR Art. 7(3)",
            note: "withdrawal takes effect when given and must be as easy as giving consent; processing before it stays lawful"),
        // KR: PIPA and its Enforcement Decree
        LegalDeadline(
            .kr, .breachDiscovered, duty: "report the breach to the PIPC or KISA", owedTo: .authority,
            limit: .hours(72), article: "PIPA Art. 34(3); Enforcement Decree Art. 40(1)",
            note: "where 1,000 or more people, sensitive or unique identifying information, or unlawful access from outside is involved; since 11 Sep 2026 not needed where recovery or deletion markedly lowered the risk; force majeure allows reporting once it is resolved"),
        LegalDeadline(
            .kr, .breachDiscovered, duty: "notify the people affected in writing, by email or the like (서면등)",
            owedTo: .dataSubject, limit: .hours(72), article: "PIPA Art. 34(1); Enforcement Decree Art. 39(1)",
            note: "may be delayed for urgent containment; a possible breach is notified too (Decree Art. 39-2)"),
        LegalDeadline(
            .kr, .accessRequest, duty: "let the person access the information (or say why not)", owedTo: .dataSubject,
            limit: .days(10), article: "PIPA Art. 35(3); Enforcement Decree Art. 41(4)"),
        LegalDeadline(
            .kr, .erasureRequest, duty: "delete and notify the person of the result", owedTo: .dataSubject,
            limit: .days(10), article: "PIPA Art. 36(2); Enforcement Decree Art. 43(3)",
            note: "information another law requires to be collected cannot be deleted on request (Art. 36(1) proviso); it is stored separately (Art. 21(3))"),
        LegalDeadline(
            .kr, .consentWithdrawn, duty: "stop processing and destroy the information collected on that consent",
            owedTo: .dataSubject, limit: .withoutDelay, article: "PIPA Art. 37(3)",
            note: "unless an Art. 37(2) ground applies (a law, harm to others, a public body's duty, a contract that cannot be performed otherwise)"),
        // JP: APPI and the PPC Enforcement Rules
        LegalDeadline(
            .jp, .breachDiscovered, duty: "give the PPC a preliminary report", owedTo: .authority,
            limit: .withoutDelay, article: "APPI Art. 26(1); Enforcement Rules Art. 8(1)",
            note: "'promptly' (速やかに; PPC guidance: about 3 to 5 days); where special-care information, a risk of financial loss, a wrongful purpose or more than 1,000 people is involved (Rules Art. 7)"),
        LegalDeadline(
            .jp, .breachDiscovered, duty: "give the PPC the final report", owedTo: .authority,
            limit: .days(30), article: "APPI Art. 26(1); Enforcement Rules Art. 8(2)",
            note: "60 days where the breach is, or may be, for a wrongful purpose (Rules Art. 7(iii))"),
        LegalDeadline(
            .jp, .breachDiscovered, duty: "notify the people affected", owedTo: .dataSubject,
            limit: .withoutDelay, article: "APPI Art. 26(2); Enforcement Rules Art. 10", note: "'promptly' as the situation allows"),
        LegalDeadline(
            .jp, .accessRequest, duty: "disclose the retained personal data (electronically where asked)", owedTo: .dataSubject,
            limit: .withoutDelay, article: "APPI Art. 33(2)", note: "遅滞なく (without delay)"),
        LegalDeadline(
            .jp, .erasureRequest, duty: "stop using or erase, where Art. 35 grounds hold, and tell the person", owedTo: .dataSubject,
            limit: .withoutDelay, article: "APPI Art. 35", note: "遅滞なく (without delay)"),
        LegalDeadline(
            .jp, .consentWithdrawn, duty: "APPI gives no express right to withdraw consent; a request to stop use goes through Art. 35",
            owedTo: .dataSubject, limit: .noStatutoryLimit, article: "APPI Art. 35"),
        // ID: UU PDP 27/2022
        LegalDeadline(
            .id, .breachDiscovered, duty: "notify the agency (lembaga) in writing", owedTo: .authority,
            limit: .hours(72), article: "UU PDP Art. 46(1)", note: "3×24 jam; the agency is not yet formed (as of 2026)"),
        LegalDeadline(
            .id, .breachDiscovered, duty: "notify the people affected in writing", owedTo: .dataSubject,
            limit: .hours(72), article: "UU PDP Art. 46(1)", note: "3×24 jam; in some cases the public too (Art. 46(3))"),
        LegalDeadline(
            .id, .accessRequest, duty: "give access and a copy", owedTo: .dataSubject,
            limit: .hours(72), article: "UU PDP Art. 32(2)", note: "3×24 jam"),
        LegalDeadline(
            .id, .erasureRequest, duty: "delete the personal data and tell the person", owedTo: .dataSubject,
            limit: .noStatutoryLimit, article: "UU PDP Art. 43(2), Art. 45",
            note: "deletion follows the implementing regulation, which sets the time; none is in force yet"),
        LegalDeadline(
            .id, .consentWithdrawn, duty: "stop processing the personal data", owedTo: .dataSubject,
            limit: .hours(72), article: "UU PDP Art. 40(2)", note: "3×24 jam"),
        // US: HIPAA, for PHI Need holds as a business associate
        LegalDeadline(
            .us, .breachDiscovered, duty: "notify the covered entity of a breach of unsecured PHI", owedTo: .coveredEntity,
            limit: .days(60), article: "45 CFR 164.410(b)", note: "without unreasonable delay and no later than 60 calendar days after discovery"),
        LegalDeadline(
            .us, .breachDiscovered, duty: "notify each individual (the covered entity's duty, which the business associate supports)",
            owedTo: .dataSubject, limit: .days(60), article: "45 CFR 164.404(b)",
            note: "without unreasonable delay and no later than 60 calendar days after discovery"),
        LegalDeadline(
            .us, .breachDiscovered, duty: "notify the Secretary of HHS", owedTo: .authority,
            limit: .days(60), article: "45 CFR 164.408(b)",
            note: "for 500 or more individuals; fewer are logged and reported within 60 days of the end of the calendar year (164.408(c)); the media where more than 500 residents of a State are affected (164.406)"),
        LegalDeadline(
            .us, .accessRequest, duty: "act on the request for access", owedTo: .dataSubject,
            limit: .days(30), extensionLimit: .days(30), article: "45 CFR 164.524(b)(2)",
            note: "one extension, with a written statement of the reasons and the date, within the first 30 days"),
        LegalDeadline(
            .us, .erasureRequest, duty: "HIPAA gives no right to erasure; act on a request to amend", owedTo: .dataSubject,
            limit: .days(60), extensionLimit: .days(30), article: "45 CFR 164.526(b)(2)"),
        LegalDeadline(
            .us, .consentWithdrawn, duty: "stop relying on a revoked authorization", owedTo: .dataSubject,
            limit: .noStatutoryLimit, article: "45 CFR 164.508(b)(5)",
            note: "revocable in writing at any time, except where already relied on"),
    ]
}
