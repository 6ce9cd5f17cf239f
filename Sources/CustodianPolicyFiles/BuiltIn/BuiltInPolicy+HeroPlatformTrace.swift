/// The trace from the English text of the Hero Platform Privacy Policy to the rules of the
/// built-in policy (issue 13): every heading and sentence of
/// `policy-text/hero-privacy-policy.en.txt`, in order and verbatim, with the rules that encode it
/// or why no rule does, and where the Korean, Japanese or Indonesian text says something
/// different or more.
extension BuiltInPolicy {
    /// The trace as a `custodian.trace/1` YAML document. Joining the `text` of its entries with
    /// single spaces gives the English text with its white space collapsed; each `rules` entry
    /// names rules of ``heroPlatform``, and `noRule` says why a sentence needs none.
    static let heroPlatformTraceText = #"""
schema: custodian.trace/1
policy: hero-platform
source: policy-text/hero-privacy-policy.en.txt
entries:
  - section: "Hero Platform Privacy Policy"
    text: "Hero Platform Privacy Policy"
    kind: heading
    noRule: "title; the document's `title`"
    languages:
      ja: "absent: the Japanese text has no title or effective date; it begins with the request to read the policy"
  - section: "Hero Platform Privacy Policy"
    text: "Effective as of: February 14, 2023"
    kind: sentence
    noRule: "the document's `effective` date (2023-02-14); it decides nothing"
    languages:
      ja: "absent: the Japanese text has no such passage"
  - section: "Hero Platform Privacy Policy"
    text: "Please read our Privacy Policy (“Privacy Policy”)."
    kind: sentence
    noRule: "invitation to read; defines the term “Privacy Policy”"
  - section: "Hero Platform Privacy Policy"
    text: "By accessing or using the Services provided by Need Inc. (“Need”, “we”, “us”, and/or “our”), you understand that your Personal Information will be treated in the ways described herein."
    kind: sentence
    noRule: "notice and acknowledgement, not consent to any purpose: use.additionalConsent does not count consent given this way with the terms (consentBundled)"
    languages:
      id: "“dalam Ketentuan ini” (in these Terms) for “herein”"
  - section: "Hero Platform Privacy Policy › Contents"
    text: "1. Data Controller"
    kind: heading
    noRule: "table of contents"
  - section: "Hero Platform Privacy Policy › Contents"
    text: "2. Definitions"
    kind: heading
    noRule: "table of contents"
  - section: "Hero Platform Privacy Policy › Contents"
    text: "3. Collection and Use of Personal Information"
    kind: heading
    noRule: "table of contents"
  - section: "Hero Platform Privacy Policy › Contents"
    text: "4. Sharing and Disclosure of Personal Information"
    kind: heading
    noRule: "table of contents"
  - section: "Hero Platform Privacy Policy › Contents"
    text: "5. Retention and Destruction"
    kind: heading
    noRule: "table of contents"
    languages:
      ja: "listed (5. 保持および破棄), but the Japanese text has no such section"
  - section: "Hero Platform Privacy Policy › Contents"
    text: "6. Safeguards"
    kind: heading
    noRule: "table of contents"
  - section: "Hero Platform Privacy Policy › Contents"
    text: "7. Changes to Privacy Policy"
    kind: heading
    noRule: "table of contents"
    languages:
      ja: "listed (7. プライバシーポリシーの変更), but the Japanese text has no such section"
  - section: "Data Controller"
    text: "Data Controller"
    kind: heading
    noRule: "heading"
    languages:
      ja: "absent: no heading; the sentence below stands alone"
      id: "absent: no heading"
  - section: "Data Controller"
    text: "Need Inc. is the data controller with respect to any Personal Information described below."
    kind: sentence
    rules: [deny.disclosureToOurselves]
  - section: "Definitions"
    text: "The following definitions apply to this Privacy Policy"
    kind: sentence
    noRule: "introduces the definitions"
    languages:
      ja: "absent: the Japanese text has no definitions (blank lines where they stand)"
  - section: "Definitions › Healthcare Providers"
    text: "Healthcare Providers – Physicians and other healthcare providers who are providing health care to patients."
    kind: sentence
    noRule: "definition: the recipient `healthcareProvider`"
    languages:
      ja: "absent: the Japanese text has no definitions (blank lines where they stand)"
  - section: "Definitions › Healthcare Providers"
    text: "Such Healthcare Providers may include but are not limited to physicians, nurse practitioners, registered nurses, oncologists, pathologists, and radiologists."
    kind: sentence
    noRule: "definition (examples of healthcare providers)"
    languages:
      ja: "absent: the Japanese text has no definitions (blank lines where they stand)"
  - section: "Definitions › Specialists"
    text: "Specialists – Physicians and medical specialists with which we have a separate consulting agreement and that provide services to Healthcare Providers via the Hero Platform (the “Platform”)."
    kind: sentence
    noRule: "definition: the recipient `specialist` (and “the Platform”)"
    languages:
      ja: "absent: the Japanese text has no definitions (blank lines where they stand)"
  - section: "Definitions › Personal Information"
    text: "Personal Information - Any information about an identifiable individual, including any “personal information”, as regulated under any applicable data privacy laws."
    kind: sentence
    noRule: "definition: what the categories of the vocabulary stand for"
    languages:
      ja: "absent: the Japanese text has no definitions (blank lines where they stand)"
  - section: "Definitions › Services"
    text: "Services - The Hero Platform, and all the tools and services offered within the Platform."
    kind: sentence
    noRule: "definition"
    languages:
      ja: "absent: the Japanese text has no definitions (blank lines where they stand)"
  - section: "Definitions › You"
    text: "You - An individual who uses, or registers to use, the Platform (“you”)."
    kind: sentence
    noRule: "definition: the person a request is about (`subject`)"
    languages:
      ja: "absent: the Japanese text has no definitions (blank lines where they stand)"
  - section: "Collection and Use of Personal Information"
    text: "Collection and Use of Personal Information"
    kind: heading
    noRule: "heading"
    languages:
      ja: "absent: no heading"
      id: "absent: “Gambaran Umum” (Overview) stands in its place"
  - section: "Collection and Use of Personal Information"
    text: "We collect Personal Information to establish and maintain a relationship with you, to provide you our Services, to develop and enhance our products and services, and to maintain and improve the security and functionality of the Platform."
    kind: sentence
    rules: [collect.nameContactAffiliation, collect.credentials, collect.automaticData, collect.usage, collect.deviceInformation]
    languages:
      ja: "absent: the Japanese text has none of the overviews, only the category paragraphs"
  - section: "Collection and Use of Personal Information"
    text: "To the extent permissible under applicable laws, we may also use any of your Personal Information necessary to enforce our agreements, terms and policies, to comply with legal obligations, and for safety or security purposes."
    kind: sentence
    rules: [use.agreementEnforcement, use.legalCompliance, use.safety, use.security]
    languages:
      ko: "“필요한 귀하의 개인정보” (your Personal Information that is necessary) without “any of”"
      ja: "absent: the Japanese text has none of the overviews, only the category paragraphs"
      id: "“Informasi Pribadi Anda yang diperlukan” (your Personal Information that is necessary) without “any of”"
  - section: "Collection and Use of Personal Information"
    text: "We receive your Personal Information from two main sources: You, when you provide it to us directly on the Platform; Your Use of the Platform, when you use the Platform, we collect information about how you use the Platform, and information about the device you use to access the Platform."
    kind: sentence
    noRule: "describes where information comes from (`CollectionSource` of the typed models: providedByUser, collectedAutomatically); permits nothing"
    languages:
      ja: "absent: the Japanese text has none of the overviews, only the category paragraphs"
  - section: "Collection and Use of Personal Information"
    text: "We collect and use the following categories of Personal Information from you directly and for the purposes specified:"
    kind: sentence
    rules: [collect.nameContactAffiliation, collect.credentials, collect.communicationsWithUs, collect.chat]
    languages:
      ko: "preceded by a heading “세부 정보” (Details) that the English text lacks"
      ja: "absent: the Japanese text has no such passage"
  - section: "Collection and Use › Name and Contact and Affiliation Information"
    text: "Name and Contact and Affiliation Information."
    kind: heading
    noRule: "heading"
  - section: "Collection and Use › Name and Contact and Affiliation Information"
    text: "We may collect information when you create an account or use our Services, such as first and last name, birthdate, gender, email address, postal address, phone number, and other similar contact data."
    kind: sentence
    rules: [collect.nameContactAffiliation]
  - section: "Collection and Use › Name and Contact and Affiliation Information"
    text: "We also collect affiliation information, if applicable, e.g., medical institution, role, etc."
    kind: sentence
    rules: [collect.nameContactAffiliation]
  - section: "Collection and Use › Name and Contact and Affiliation Information"
    text: "We collect these categories of information to establish and maintain a relationship with you and to provide you with access to the Services."
    kind: sentence
    rules: [collect.nameContactAffiliation]
  - section: "Collection and Use › Credentials"
    text: "Credentials."
    kind: heading
    noRule: "heading"
  - section: "Collection and Use › Credentials"
    text: "We may collect passwords, password hints, and similar security information used for authentication and account access if you create an online account."
    kind: sentence
    rules: [collect.credentials]
  - section: "Collection and Use › Credentials"
    text: "We collect this information for security, authentication, and verification purposes."
    kind: sentence
    rules: [collect.credentials]
  - section: "Collection and Use › Your Communications with Us"
    text: "Your Communications with Us."
    kind: heading
    noRule: "heading"
  - section: "Collection and Use › Your Communications with Us"
    text: "We may collect Personal Information, such as email address, phone number, or mailing address, along with the content of your communications, including when you request customer or technical support, or otherwise communicate with us."
    kind: sentence
    rules: [collect.communicationsWithUs]
  - section: "Collection and Use › Your Communications with Users on the Platform"
    text: "Your Communications with Users on the Platform."
    kind: heading
    noRule: "heading"
  - section: "Collection and Use › Your Communications with Users on the Platform"
    text: "We collect your communications with other users of the Platform when you use the Platform’s chat functionality."
    kind: sentence
    rules: [collect.chat]
  - section: "Collection and Use of Personal Information"
    text: "We collect the following categories of Personal Information when you use the Platform for the purposes specified:"
    kind: sentence
    rules: [collect.automaticData, collect.usage, collect.deviceInformation, collect.crashData]
    languages:
      ko: "“귀하가 명시된 목적을 위해 플랫폼을 사용할 때” attaches “for the purposes specified” to your use of the Platform rather than to the collection; read as the English"
      ja: "absent: the Japanese text has no such passage"
  - section: "Collection and Use › Automatic Data Collection"
    text: "Automatic Data Collection."
    kind: heading
    noRule: "heading"
  - section: "Collection and Use › Automatic Data Collection"
    text: "We may collect certain information automatically when you use our Services, such as your Internet protocol (IP) address, user settings, MAC address, cookie identifiers, mobile carrier, unique identifiers, browser or device information (see below), location information (data processed within your smartphone, or approximate location derived from IP address), and Internet service provider."
    kind: sentence
    rules: [collect.automaticData]
  - section: "Collection and Use › Automatic Data Collection"
    text: "Your UserID, which is a number assigned to your account for internal purposes, may also be collected automatically when you use the Services."
    kind: sentence
    rules: [collect.automaticData]
  - section: "Collection and Use › Automatic Data Collection"
    text: "This information is used to maintain and improve the security, performance and functionality of the Platform."
    kind: sentence
    rules: [collect.automaticData]
  - section: "Collection and Use › Automatic Data Collection"
    text: "Some automatically collected Personal Information may be combined with other information to help improve our Services."
    kind: sentence
    rules: [collect.automaticData, use.additionalConsent]
  - section: "Collection and Use › Usage Information"
    text: "Usage Information."
    kind: heading
    noRule: "heading"
  - section: "Collection and Use › Usage Information"
    text: "We may collect information regarding your use of our Services, such as information about the links you click, the types of content you interact with, the frequency and duration of your activities, and other information about how you use our Services."
    kind: sentence
    rules: [collect.usage]
  - section: "Collection and Use › Usage Information"
    text: "This information is collected for the purposes of developing and enhancing our products and services, as well as for administrative purposes."
    kind: sentence
    rules: [collect.usage]
  - section: "Collection and Use › Usage Information"
    text: "We also use this information for security purposes and to improve the functionality of the Platform."
    kind: sentence
    rules: [collect.usage]
  - section: "Collection and Use › Device Information"
    text: "Device Information."
    kind: heading
    noRule: "heading"
  - section: "Collection and Use › Device Information"
    text: "Certain limited technical data is required for the Platform to function on your device."
    kind: sentence
    rules: [collect.deviceInformation]
  - section: "Collection and Use › Device Information"
    text: "The information we collect includes information about your device and operating system, such as the type of device hardware and operating system, unique device identifier, IP address, language settings, and the date and time the Platform accesses our servers."
    kind: sentence
    rules: [collect.deviceInformation]
  - section: "Collection and Use › Device Information"
    text: "This information is used for the purposes of delivering content appropriate for your device’s capabilities, for delivering push notifications, if this functionality is enabled, and helping to ensure a secure experience and to detect anomalous behavior in order to protect Personal Information from unauthorized access."
    kind: sentence
    rules: [collect.deviceInformation, deny.pushNotificationsDisabled]
  - section: "Collection and Use › Device Information"
    text: "In addition, in the event the Platform crashes on your mobile device, we may receive information about your mobile device model software version and device carrier, which allows us to identify and fix bugs and otherwise improve the performance of the Platform."
    kind: sentence
    rules: [collect.crashData, deny.noCrash, deny.crashDataWithoutCrash]
    languages:
      id: "“apabila Platform macet” (when the Platform stalls or hangs), wider than a crash; read as the English (appCrashed)"
  - section: "Collection and Use of Personal Information"
    text: "We may also use your Personal Information in the following other ways:"
    kind: sentence
    rules: [use.additionalConsent, use.contract]
    languages:
      ja: "absent: the Japanese text has no such passage"
  - section: "Collection and Use › Consent"
    text: "Consent."
    kind: heading
    noRule: "heading"
  - section: "Collection and Use › Consent"
    text: "We may use your Personal Information for other purposes with your additional consent."
    kind: sentence
    rules: [use.additionalConsent]
  - section: "Collection and Use › Contract"
    text: "Contract."
    kind: heading
    noRule: "heading"
  - section: "Collection and Use › Contract"
    text: "We may use your Personal Information where this is necessary for the purpose of entering into and performing a contract that we have with you."
    kind: sentence
    rules: [use.contract, deny.noContract]
  - section: "Sharing and Disclosure of Personal Information"
    text: "Sharing and Disclosure of Personal Information"
    kind: heading
    noRule: "heading"
    languages:
      ja: "absent, with the four paragraphs that follow it"
      id: "absent: “Gambaran Umum” (Overview) stands in its place"
  - section: "Sharing and Disclosure of Personal Information"
    text: "Personal Information that you share directly with other users of the Platform will be shared by us with them, as you direct, e.g., your communications in the chat functionality or other Personal Information you direct us to share."
    kind: sentence
    rules: [share.otherUsers]
    languages:
      ja: "absent: the Japanese text does not say that what you direct is shared with other users"
  - section: "Sharing and Disclosure of Personal Information"
    text: "We may share Personal Information with Healthcare Providers, Specialists, and others who assist in the provision of Services."
    kind: sentence
    rules: [share.healthcareProviders, share.specialists]
    languages:
      ja: "absent: the Japanese text has no such passage"
  - section: "Sharing and Disclosure of Personal Information"
    text: "We may also share Personal Information with patients where required to do so by law."
    kind: sentence
    rules: [share.patients]
    languages:
      ja: "absent: the Japanese text's only passage on patients is the Patients paragraph, which names no legal requirement (特定の状況において, in certain circumstances)"
  - section: "Sharing and Disclosure of Personal Information"
    text: "In such cases, we will make every effort to notify you in advance."
    kind: sentence
    rules: [share.patients]
    languages:
      ko: "“모든 노력” (every effort), as the English"
      ja: "absent here; the Patients paragraph has “最大限努力” (best effort)"
      id: "“segala upaya” (every effort), as the English"
  - section: "Sharing and Disclosure of Personal Information"
    text: "We may share your Personal Information with our service providers who are contracted by us to perform services or functions on our behalf where they require the information to assist us in serving you or us."
    kind: sentence
    rules: [share.serviceProviders]
    languages:
      ja: "absent: the Japanese text has no such passage"
  - section: "Sharing and Disclosure of Personal Information"
    text: "In all instances in which we share your Personal Information with third parties providing services to us (or on our behalf to you), we have contracts in place to protect this information and limit its use to what is necessary for the service provider to perform the service or the third party to provide a service to you."
    kind: sentence
    rules: [share.serviceProviders, obligate.serviceProviderContract]
    languages:
      ja: "absent: the Japanese text has no such passage"
  - section: "Sharing and Disclosure of Personal Information"
    text: "Further details are set out in the Service Providers section below."
    kind: sentence
    noRule: "cross-reference"
    languages:
      ja: "absent: the Japanese text has no such passage"
  - section: "Sharing and Disclosure of Personal Information"
    text: "We may share your Personal Information with third parties as permitted and in the manner required by law."
    kind: sentence
    rules: [disclose.requiredByLaw, disclose.courtOrder, disclose.emergency]
    languages:
      ja: "absent: the Japanese text has no such passage"
  - section: "Sharing and Disclosure of Personal Information"
    text: "Further details are set out in the Third-party data provision section below."
    kind: sentence
    noRule: "cross-reference"
    languages:
      ja: "absent: the Japanese text has no such passage"
  - section: "Sharing and Disclosure of Personal Information"
    text: "We may share Personal Information to service providers specified above, for the following purposes:"
    kind: sentence
    rules: [share.specialists, share.serviceProviders]
    languages:
      ko: "preceded by a heading “세부 정보” (Details) that the English text lacks"
      ja: "absent: the Japanese text has no such passage"
  - section: "Sharing and Disclosure › Specialists"
    text: "Specialists."
    kind: heading
    noRule: "heading"
  - section: "Sharing and Disclosure › Specialists"
    text: "To provide our Services, we may disclose your Personal Information to Specialists, who are involved in providing the Services to you or to us."
    kind: sentence
    rules: [share.specialists]
  - section: "Sharing and Disclosure › Service Providers"
    text: "Service Providers."
    kind: heading
    noRule: "heading"
  - section: "Sharing and Disclosure › Service Providers"
    text: "We may share Personal Information with our suppliers, agents or other organizations or individuals who are contracted to perform services or functions on our behalf, where they require the information to assist us in serving you."
    kind: sentence
    rules: [share.serviceProviders]
    languages:
      ja: "“サプライヤー、代理人、もしくは組織” (suppliers, agents or organisations): no individuals"
  - section: "Sharing and Disclosure › Service Providers"
    text: "For example, we may use service providers for internal administrative purposes, e.g., a customer service platform, to host our website and to store and dispose of information on our behalf."
    kind: sentence
    rules: [retain.withinPeriod, retain.legalHold, retain.mandatedByLaw, destroy.electronic, destroy.paper, deny.serviceProviderWithoutContract, obligate.serviceProviderContract]
  - section: "Sharing and Disclosure › Service Providers"
    text: "In addition, we may use service providers for our internal processes (such as internal communications platforms and customer support platforms)."
    kind: sentence
    rules: [share.serviceProviders]
  - section: "Sharing and Disclosure › Service Providers"
    text: "We strive to minimize the amount of Personal Information that we share with our service providers and partners and ensure that appropriate contractual clauses restrict what they are able to access or do with the Personal Information."
    kind: sentence
    rules: [share.serviceProviders]
  - section: "Third-party Data Provision"
    text: "Third-party Data Provision"
    kind: heading
    noRule: "heading"
    languages:
      ja: "absent: no heading"
  - section: "Third-party Data Provision › Patients"
    text: "Patients."
    kind: heading
    noRule: "heading"
  - section: "Third-party Data Provision › Patients"
    text: "We may share your Personal Information with patients in certain circumstances."
    kind: sentence
    rules: [share.patients]
    languages:
      ja: "“特定の状況において” (in certain circumstances): with the next sentence the only patient passage of the Japanese text, which names no legal requirement; read as the English, a share the law requires"
  - section: "Third-party Data Provision › Patients"
    text: "We will make our best effort to notify you prior to disclosing your Personal Information in cases where we determine it is necessary to share your Personal Information with a patient."
    kind: sentence
    rules: [share.patients]
    languages:
      ko: "“최선의 노력” (best effort)"
      ja: "“最大限努力” (make the utmost effort)"
      id: "“berusaha semaksimal mungkin” (try as hard as possible)"
  - section: "Third-party Data Provision › Disclosures required or permitted by law or regulation"
    text: "Disclosures required or permitted by law or regulation."
    kind: heading
    noRule: "heading"
  - section: "Third-party Data Provision › Disclosures required or permitted by law or regulation"
    text: "We may disclose Personal Information to the extent necessary where we are required or permitted under applicable law, such as in the event of an emergency that threatens the life, health or security of an individual."
    kind: sentence
    rules: [disclose.emergency, disclose.requiredByLaw]
  - section: "Third-party Data Provision › Disclosures required or permitted by law or regulation"
    text: "We or our service providers will also share Personal Information with law enforcement, courts, other government agencies or other parties if we are required to do so to meet our legal and regulatory requirements in the jurisdictions in which we or our service providers operate; for example, we are required to provide records to law enforcement in response to a valid court order."
    kind: sentence
    rules: [disclose.requiredByLaw, disclose.courtOrder, deny.disclosureToOurselves]
    languages:
      ko: "“필요한 경우” (where necessary) to meet the requirements, and only “사업을 영위하는 관할권” (the jurisdictions where we do business), not our service providers’"
      ja: "“その他の関係者” (other parties concerned)"
  - section: "Third-party Data Provision › Business Transfers"
    text: "Business Transfers."
    kind: heading
    noRule: "heading"
  - section: "Third-party Data Provision › Business Transfers"
    text: "If we are involved in a merger, acquisition, financing due diligence, reorganization, bankruptcy, receivership, sale of all or a portion of our assets, or transition of service to another provider, your Personal Information may be transferred to a successor or affiliate as part of that transaction along with other assets, subject to all requirements under applicable laws."
    kind: sentence
    rules: [share.businessTransfer]
    languages:
      ja: "“資金調達、デューデリジェンス” lists financing and due diligence as two events, so financing alone is a transaction"
      id: "“penerus atau afiliasinya” (a successor or its affiliates): the successor’s affiliates, both `successor`"
  - section: "Retention and Destruction"
    text: "Retention and Destruction"
    kind: heading
    noRule: "heading"
    languages:
      ja: "absent: the Japanese text has nothing on retention and destruction (5. 保持および破棄 is only in its table of contents)"
      id: "absent: no heading; the section's text is there"
  - section: "Retention and Destruction"
    text: "In general, we retain Personal Information only for as long as reasonably necessary to fulfill the purposes described in this Privacy Policy or in a separate consent we have obtained from you or as required to meet legal or regulatory requirements."
    kind: sentence
    rules: [retain.withinPeriod, retain.legalHold, obligate.segregateRetainedData]
    languages:
      ko: "“귀하로부터 얻은 별도의 동의 기간 동안” ties retention to the period of the separate consent, not to its purposes; the period is the caller's retentionExpired"
      ja: "absent: the Japanese text has nothing on retention and destruction (5. 保持および破棄 is only in its table of contents)"
  - section: "Retention and Destruction"
    text: "Personal Information may be retained for a period of time mandated by law."
    kind: sentence
    rules: [retain.mandatedByLaw, deny.retentionRequired, obligate.segregateRetainedData]
    languages:
      ja: "absent: the Japanese text has nothing on retention and destruction (5. 保持および破棄 is only in its table of contents)"
  - section: "Retention and Destruction"
    text: "When we destroy your Personal Information, we will take commercially reasonable and technically feasible measures to ensure it is permanently deleted."
    kind: sentence
    rules: [destroy.electronic, destroy.paper]
    languages:
      ja: "absent: the Japanese text has nothing on retention and destruction (5. 保持および破棄 is only in its table of contents)"
  - section: "Retention and Destruction"
    text: "We delete Personal Information stored in the form of electronic files by using technical methods that render it impossible to restore the data."
    kind: sentence
    rules: [destroy.electronic]
    languages:
      ja: "absent: the Japanese text has nothing on retention and destruction (5. 保持および破棄 is only in its table of contents)"
  - section: "Retention and Destruction"
    text: "Personal information printed on paper is shredded or incinerated."
    kind: sentence
    rules: [destroy.paper]
    languages:
      ja: "absent: the Japanese text has nothing on retention and destruction (5. 保持および破棄 is only in its table of contents)"
      id: "“dimusnahkan atau dibakar” (destroyed or burned): burning, and no shredding named; the English text governs"
  - section: "Retention and Destruction"
    text: "Other types of Personal Information, if any, are permanently destroyed, in accordance with any applicable requirements under law."
    kind: sentence
    noRule: "the vocabulary knows two media (electronic, paper), and the text names no method for any other, only the law's requirements (the jurisdiction packs' business); a destroy request naming no medium is denied by default"
    languages:
      ja: "absent: the Japanese text has nothing on retention and destruction (5. 保持および破棄 is only in its table of contents)"
  - section: "Safeguards"
    text: "We understand that data security is a critical issue and we are committed to safeguarding the Personal Information in our custody or control."
    kind: sentence
    noRule: "organisational commitment to security; nothing a request can be checked against"
    languages:
      ko: "preceded by a heading “안전 장치” (Safeguards) that the English text lacks"
      ja: "absent: of Safeguards the Japanese text has only the three measures"
  - section: "Safeguards"
    text: "We have implemented a comprehensive information security program in accordance with applicable law that includes written policies and procedures, and security controls, as well as reasonable administrative, technical and physical safeguards, in an effort to protect against unauthorized access, use, loss, modification, and disclosure of Personal Information in our custody or control as follows:"
    kind: sentence
    noRule: "organisational safeguard: the security programme; its one per-request measure is in Technical measures"
    languages:
      ja: "absent: of Safeguards the Japanese text has only the three measures"
  - section: "Safeguards › Organizational measures"
    text: "1. Organizational measures: Establishment and implementation of internal management plans, provision of regular employee training, etc."
    kind: sentence
    noRule: "organisational safeguard (management plans, training)"
  - section: "Safeguards › Technical measures"
    text: "2. Technical measures: Management of access rights to the Personal Information processing systems, installation of access control systems, encryption of uniquely identifiable information, etc., installation of security programs."
    kind: sentence
    rules: [obligate.encryptIdentifiers]
  - section: "Safeguards › Physical measures"
    text: "3. Physical measures: Access control of IT rooms, data storage rooms, etc."
    kind: sentence
    noRule: "physical safeguard (access control of rooms)"
    languages:
      ja: "“物理的尺度” (physical scale) for physical measures; same content"
  - section: "Safeguards"
    text: "Please keep in mind that no internet or email transmission is ever fully secure or error free and no security system is impenetrable."
    kind: sentence
    noRule: "disclaimer"
    languages:
      ja: "absent: of Safeguards the Japanese text has only the three measures"
  - section: "Safeguards"
    text: "We cannot fully guarantee the confidentiality of any information that you provide to us but we can assure you that we will use reasonable and appropriate security controls, reflective of the level of sensitivity of Personal Information."
    kind: sentence
    rules: [collect.credentials, obligate.encryptIdentifiers]
    languages:
      ja: "absent: of Safeguards the Japanese text has only the three measures"
  - section: "Safeguards"
    text: "It is important for you to play an active role in the protection and safeguarding of your Personal Information, and to guard your privacy when you are online."
    kind: sentence
    noRule: "advice to the person"
    languages:
      ja: "absent: of Safeguards the Japanese text has only the three measures"
  - section: "Safeguards"
    text: "Need has designated a privacy officer to oversee processing of Personal Information and for purposes of addressing requests and issues regarding such processing."
    kind: sentence
    noRule: "organisational: a privacy officer oversees processing and answers requests; no decision depends on it"
    languages:
      ja: "absent: the Japanese text has no privacy-officer paragraph"
  - section: "Safeguards"
    text: "Need’s privacy officer is the following:"
    kind: sentence
    noRule: "the text names no one after the colon"
    languages:
      ja: "absent: the Japanese text has no privacy-officer paragraph"
  - section: "Changes to Privacy Policy"
    text: "Changes to Privacy Policy"
    kind: heading
    noRule: "heading"
    languages:
      ja: "absent: the Japanese text has no section on changes (7. プライバシーポリシーの変更 is only in its table of contents)"
      id: "absent: no heading; the section's text is there"
  - section: "Changes to Privacy Policy"
    text: "This Privacy Policy may be updated from time to time to reflect changes to our practices."
    kind: sentence
    noRule: "notice of changes: a changed text is a new policy document, with a new version (the SHA-256 of the document)"
    languages:
      ja: "absent: the Japanese text has no section on changes (7. プライバシーポリシーの変更 is only in its table of contents)"
  - section: "Changes to Privacy Policy"
    text: "Any notices regarding modifications to this Privacy Policy will be in written form and provided to you on the Platform."
    kind: sentence
    noRule: "notice of changes (how the person is told); no decision depends on it"
    languages:
      ja: "absent: the Japanese text has no section on changes (7. プライバシーポリシーの変更 is only in its table of contents)"
  - section: "Changes to Privacy Policy"
    text: "If any changes to this Privacy Policy are significant, we will provide a more prominent notice (including email notification, if appropriate)."
    kind: sentence
    noRule: "notice of changes (how the person is told); no decision depends on it"
    languages:
      ja: "absent: the Japanese text has no section on changes (7. プライバシーポリシーの変更 is only in its table of contents)"
  - section: "Changes to Privacy Policy"
    text: "We encourage you to periodically review this Privacy Policy for the latest information on our privacy practices and to contact us if you have any questions or concerns."
    kind: sentence
    noRule: "advice to the person"
    languages:
      ja: "absent: the Japanese text has no section on changes (7. プライバシーポリシーの変更 is only in its table of contents)"
      id: "absent: the Indonesian text ends with the notice of significant changes"
"""#
}
