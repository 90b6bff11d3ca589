package com.sitewright.generation.blueprint;

import java.util.List;

/** Vocabulary every industry shares: people, streets, policies, and site furniture. */
final class CommonVocabulary {

    static final List<String> FIRST_NAMES = List.of(
            "Maria", "James", "Aisha", "Lucas", "Sofia", "Daniel", "Priya", "Oliver", "Chloe", "Mateo",
            "Hannah", "Noah", "Yuki", "Ethan", "Amara", "Liam", "Isabel", "Samuel", "Fatima", "Leo",
            "Grace", "Tomas", "Zara", "Benjamin", "Nora", "Kwame", "Elena", "Gabriel", "Mei", "Owen",
            "Leila", "Henry", "Ines", "Caleb", "Rosa", "Arjun", "Freya", "Diego", "Ava", "Jonah",
            "Clara", "Malik", "Eva", "Felix", "Ruby", "Hugo", "Maya", "Theo", "Lina", "Isaac",
            "Anika", "Marcus", "Julia", "Rafael", "Ingrid", "Tariq", "Sara", "Elliot", "Naomi", "Emil",
            "Charlotte", "Adrian", "Lucia", "Kenji", "Olivia", "Sebastian", "Hana", "Victor", "Esme", "Niko",
            "Alice", "Jamal", "Mila", "Patrick", "Layla", "Simon", "Beatriz", "Oscar", "Imogen", "Ravi");

    static final List<String> LAST_NAMES = List.of(
            "Alvarez", "Bennett", "Okafor", "Lindqvist", "Nakamura", "Fischer", "Moreau", "Kowalski", "O'Brien", "Haddad",
            "Patel", "Rossi", "Van Dijk", "Johansson", "Mensah", "Carter", "Delgado", "Novak", "Schneider", "Whitaker",
            "Adeyemi", "Brennan", "Castillo", "Dubois", "Eriksen", "Fontaine", "Garcia", "Holloway", "Ibrahim", "Jensen",
            "Kim", "Larsen", "Marchetti", "Nguyen", "Osei", "Park", "Quinn", "Reyes", "Sato", "Thornton",
            "Ueda", "Vasquez", "Walsh", "Yilmaz", "Zhang", "Abbott", "Barros", "Chen", "Duarte", "Ellison",
            "Ferreira", "Gallagher", "Hughes", "Iqbal", "Kaur", "Lambert", "Mbeki", "Nilsson", "Ortega", "Petrov",
            "Rahman", "Silva", "Takahashi", "Underwood", "Vogel", "Wright", "Andersen", "Blackwood", "Costa", "Dalton",
            "Evans", "Foster", "Greene", "Hartley", "Keane", "Lowe", "Morgan", "Nash", "Porter", "Sinclair");

    static final List<String> STREETS = List.of(
            "Alder Street", "Canal Road", "Market Square", "Mill Lane", "Harbour Street", "Elm Avenue",
            "Chapel Row", "Station Road", "Kingsley Avenue", "Orchard Lane", "Bridge Street", "Linden Way",
            "Foundry Lane", "High Street", "Cedar Court", "Willow Walk", "Quay Street", "Hawthorn Road",
            "Union Street", "Maple Avenue", "Copper Lane", "Granary Yard", "Birch Grove", "Riverside Drive",
            "North Parade", "Victoria Street", "Juniper Close", "Wharf Road", "Park Terrace", "Fenwick Street");

    static final Vocabulary BASE = Vocabulary.builder()
            .add("firstName", FIRST_NAMES)
            .add("lastName", LAST_NAMES)
            .add("street", STREETS)
            .add("neighborhood", "Old Town", "Riverside", "Harbour District", "Market Quarter", "Northgate",
                    "West End", "Canal Side", "Eastfield", "Arts District", "Hillcrest", "Southbank",
                    "Station Quarter", "Millbrook", "Greenway", "University Quarter")
            .add("weekday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
            .add("season", "spring", "summer", "autumn", "winter")
            .add("photoSetting", "in soft focus", "in warm evening light", "from the doorway", "on a bright morning",
                    "in winter sunshine", "in black and white")
            .add("placement", "Homepage", "About Page", "Spring Campaign", "Summer Campaign", "Autumn Campaign",
                    "Winter Campaign", "Holiday Season", "Newsletter Launch", "Landing Pages", "Footer",
                    "Careers Page", "Gift Guide", "Opening Week", "Anniversary", "Contact Page", "Blog Sidebar",
                    "Events Page", "Loyalty Programme", "Partnerships", "Press Page")
            .add("page", "About", "Our Story", "Careers", "Accessibility", "Privacy Policy", "Terms of Service",
                    "Cookie Policy", "Sustainability", "Press", "Community")
            .add("nav", "About||/about", "Contact||/contact", "Careers||/careers",
                    "Privacy Policy||/privacy-policy", "Terms of Service||/terms-of-service", "Accessibility||/accessibility")
            .add("faq",
                    "general||How can I get in touch with your team?||The quickest way is the contact form on our Contact page or an email to our team. We reply within one working day.",
                    "general||Are you hiring?||We are always happy to hear from people who share our values. Current openings are listed on our Careers page, and open applications are welcome.",
                    "accessibility||Is your website accessible?||We aim to meet WCAG 2.2 AA across the site. If anything gets in your way, tell us and we will fix it or help you another way.",
                    "privacy||How do you use my personal data?||Only to provide the service you asked for. We never sell your data, and our Privacy Policy explains what we keep and for how long.",
                    "general||Do you have a newsletter?||Yes. Sign up at the bottom of any page for news roughly once a month. You can unsubscribe with one click.")
            .add("role", "Regular customer", "First-time visitor", "Local resident", "Long-time customer", "Visitor")
            .add("cta", "Learn more", "Get in touch", "Find out more", "See details", "Contact us")
            .build();

    private CommonVocabulary() {
    }
}
