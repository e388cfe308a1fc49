//! The JD analyzer and skill extraction, feature by feature, on job
//! descriptions written by the project; plus properties and bad input.

use kairos_core::analysis::{Analyzer, JdReport, PayPeriod, Seniority};
use kairos_core::skills::Extractor;
use proptest::prelude::*;

fn analyzer() -> &'static Analyzer {
    Analyzer::shared()
}

fn extractor() -> &'static Extractor {
    analyzer().extractor()
}

/// Canonical names of the skills found in `text`.
fn skills(text: &str) -> Vec<String> {
    extractor()
        .extract_spans(text)
        .into_iter()
        .map(|s| s.skill)
        .collect()
}

fn has(text: &str, skill: &str) -> bool {
    skills(text).iter().any(|s| s == skill)
}

#[test]
fn ambiguous_words_count_only_in_technical_context() {
    // (skill, technical sentences, everyday sentences)
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "Go",
            &[
                "Experience with Go and Kubernetes.",
                "Services written in Go.",
                "Python, Go and Rust",
                "Strong Go programming skills",
                "Exposure to Go is a plus.",
                // Given as an example of a kind of tool.
                "Another language such as Go.",
                "A compiled language like Go.",
                "Modern languages (Go, Rust).",
                "Other languages (e.g. Go) are welcome.",
                // A line of nothing but names in a list.
                "- Go or Rust",
                "Go / Rust",
                // Alone on its line after a trademark sign.
                "- Go™",
                // Importance in brackets is said of a skill.
                "- Go (a plus)",
                "- Go (preferred)",
                // The last of a list of technologies, before `to`.
                "We write Python and Go to build services.",
                // Importance said of it without brackets.
                "Strong Python skills; Go is a plus.",
                "Go would be a big plus.",
                "Go is a nice-to-have.",
                "Go preferred.",
                // Importance after a colon.
                "- Go: nice to have",
                "- Go: a plus",
                "Strong Python and, ideally, Go.",
                // A hedge of its own after it speaks of it as a skill.
                "- Go, ideally in production",
                "- Go (preferably in production)",
                // After a label that says its words are skills.
                "Nice to have: Go, Rust",
                "- Must have: Go",
                "Python; bonus: Go",
                // Said to be a kind of tool.
                "Go is our main language.",
                "Go is the language we build in.",
                // What it is used for.
                "- Go for backend services",
                "- Go for infrastructure tooling",
                // What a migration moves to.
                "Led the migration of our settlement service from Python 2 to Go.",
                "We ported the scheduler to Go last year.",
            ],
            &[
                "Go to market with our sales team.",
                "From day one, you will be ready to Go live.",
                "Help us take ideas from sketch to Go-to-market.",
                "Go is the way to grow your career.",
                "Ideas such as Go to market sessions.",
                "Our tools, like Go live dashboards.",
                "Go is where we are headed next.",
                "Go is a great place to start.",
                "Go is a nice way to start.",
                "Go for a walk at lunch.",
                "Let's Go for data-driven decisions.",
                "Go for performance reviews twice a year.",
                "Go: a new way to work.",
                "We would ideally go live in May.",
                "Preferably Go live by March.",
                "Note: Go to our careers page to apply.",
                "You will go through onboarding.",
                "Ideas go from sketch to production in a week.",
                "Go from idea to production with us.",
                "Let's go live in May.",
                "Two years to Go live.",
                "We go (a plus) to market",
                "- Go to market",
                "Sales, Marketing and Go to Market",
                "Then we Go, ideally, to the beach.",
            ],
        ),
        (
            "Rust",
            &[
                "We build our ledger in Rust.",
                "Rust programming experience",
                "Languages: C++, Rust",
                "Exposure to Go or Rust",
                "- Rust, ideally in production",
                "- Rust for systems work",
                // The verbs of knowing and writing one.
                "You don't need to know Rust, but you'll pick it up.",
                "You will build a compiler in Rust from scratch.",
                "We write Rust every day.",
                "The platform team uses Rust for the ledger.",
                // What a hedge credits.
                "Bonus points for Rust and Go.",
                "- Rust (or a willingness to learn)",
                "- Rust (or élan and learning)",
            ],
            &[
                "A rust-coloured logo on the van.",
                "Rust stains on old pipes",
                "the rust belt",
            ],
        ),
        (
            "Swift",
            &[
                "iOS development with Swift and SwiftUI.",
                "Swift, Objective-C",
                "You will learn Swift on the job.",
                "Learn Swift from our senior engineers.",
            ],
            &[
                "We expect a swift response to incidents.",
                "We know swift action matters.",
                "swift turnaround times",
            ],
        ),
        (
            "R",
            &[
                "Statistical analysis in R or Python.",
                "Automate reports using Python (pandas) or R",
                "R programming",
                "Python, R, SQL",
                "Strong R skills for statistical modelling",
            ],
            &[
                "Our R&D team is growing.",
                "Grade R is fine",
                "Section R of the form",
                "Our R&D skills are world class.",
            ],
        ),
        (
            "Azure Synapse Analytics",
            &[
                "Azure Data Factory, Databricks and Synapse",
                "Experience with Azure Synapse",
            ],
            &["Signals cross the synapse in milliseconds."],
        ),
        (
            "Ruby on Rails",
            &[
                "Experience with Ruby on Rails",
                "Strong Rails and PostgreSQL skills",
                "ruby, rails, postgres",
                "- RoR",
            ],
            &[
                "Launch new payment rails (ACH, RTP, FedNow)",
                "We build guard rails for safe deploys.",
                "Our product runs on rails of trust.",
            ],
        ),
        (
            "C",
            &["Embedded C programming", "Languages: C, C++ and Rust"],
            &["Plan C is unlikely.", "a C grade"],
        ),
        (
            "Apache Spark",
            &[
                "Experience with Spark and Kafka.",
                "Spark jobs on Databricks",
                // Alone on a list item, whatever the bullet.
                "◦ Spark",
                "➢ Spark",
                "✓ Spark",
                "➡️ Spark",
                "👉 Spark",
            ],
            &["Ideas that spark joy.", "We want to spark curiosity."],
        ),
        (
            "React",
            &[
                "Front ends in React and TypeScript.",
                "We run our frontend with pure react for web.",
                "Strong react skills",
                "- React to build the new checkout",
                "React, as well as Vue",
            ],
            &[
                "- React quickly to production alerts as part of an on-call rotation",
                "Ship weekly. React promptly when customers report bugs.",
                "You will react quickly to customer incidents.",
                "Able to react to changing priorities.",
                "We react fast when production breaks.",
            ],
        ),
        (
            "R",
            &[
                "Advanced SQL; Python or R a plus",
                "Python or R (a plus)",
                "R is a plus.",
            ],
            &["R and D budget", "R&D is a plus."],
        ),
        (
            // Linguist's names of three letters or fewer are everyday acronyms too.
            "DM",
            &["Languages: DM, Lua and C"],
            &["Apply now or DM me for a confidential chat!"],
        ),
        (
            "EQ",
            &["Languages: EQ, Lua and C"],
            &["High EQ and strong communication skills."],
        ),
        (
            "Less",
            &[
                "Knowledge of Less and Sass",
                "CSS preprocessors (Sass, Less)",
            ],
            &["Less than 2 years of experience? Apply anyway."],
        ),
        (
            "Crystal",
            &["Crystal and Nim programming"],
            &["Crystal clear communication skills."],
        ),
        (
            "V",
            &["Languages: V, Zig and C"],
            &["Work experience within biochemical V&V is an advantage."],
        ),
        (
            "Snowflake",
            &["Python (pandas, scikit-learn), SQL and Snowflake to predict churn."],
            &["Don't be a snowflake: we give and take feedback."],
        ),
        (
            "Cassandra",
            &[
                "Experience with Cassandra or DynamoDB.",
                "NoSQL databases such as Cassandra",
            ],
            &["For more information contact Cassandra on 0400 000 000."],
        ),
        (
            "Jetpack Compose",
            &[
                "Android apps in Kotlin, Compose and Coroutines",
                "Jetpack Compose experience",
            ],
            &["You will compose clear emails to clients."],
        ),
        (
            "Fiber",
            &["Go web services with Gin or Fiber"],
            &["Fiber broadband in every home is our mission."],
        ),
        (
            "Gin",
            &["REST APIs in Go (Gin)"],
            &["Gin and tonic at the Friday drinks."],
        ),
        ("Harbour", &[], &["Our office overlooks the harbour."]),
        (
            "Ada",
            &["Safety-critical software in Ada or C."],
            &["ADA compliance and accessibility matter to us."],
        ),
        (
            "Express",
            &[
                "REST APIs with Node.js and Express.",
                "Express.js experience",
            ],
            &[
                "Express your interest by applying.",
                "Please express yourself.",
            ],
        ),
        (
            "Flask",
            &[
                "Python web services in Flask or FastAPI.",
                "Flask experience",
            ],
            &["Bring a flask of coffee to the offsite."],
        ),
        (
            "Chef",
            &["Configuration management with Ansible, Chef or Puppet."],
            &["Our head chef cooks lunch on Fridays."],
        ),
        (
            "Puppet",
            &["Experience with Puppet manifests"],
            &["A puppet show for the kids' day."],
        ),
        (
            "Ruby",
            &["Ruby on Rails and Ruby experience.", "Python, Ruby or Go"],
            &[
                "Ruby will be your manager.",
                "You will work closely with Ruby from Sales.",
            ],
        ),
        (
            "Julia",
            &[
                "Numerical work in Julia or Python.",
                "Julia programming",
                "- Julia for numerical work",
            ],
            &["Julia from HR will contact you."],
        ),
        (
            "Make",
            &["Builds with Make and CMake.", "Makefile experience"],
            &["Make a difference every day.", "make sure tests pass"],
        ),
        (
            "Microsoft Excel",
            &[
                "Advanced Excel skills",
                "Microsoft Excel and SQL",
                "Experience using Excel to build reports",
            ],
            &["You excel at communication.", "Excel in a fast-paced team."],
        ),
        (
            "Postman",
            &["Use Postman to test APIs", "Postman, Insomnia and curl"],
            &["The postman delivers at noon."],
        ),
        (
            "Apache Beam",
            &["Pipelines in Apache Beam", "Beam, Spark and Flink"],
            &["Knowledge of molecular beam epitaxy."],
        ),
        (
            // The Elixir framework, and the city.
            "Phoenix",
            &["Web apps in Elixir and Phoenix"],
            &[
                "This role is based in Phoenix, Arizona.",
                "Hiring in Phoenix and Denver.",
            ],
        ),
        (
            "Shell",
            &["Shell scripting in Bash", "Experience in shell scripting"],
            &[
                "Shell is one of our clients.",
                "a shell company",
                "We partner with Shell and BP on energy projects.",
            ],
        ),
        (
            "Java",
            &["Backend services in Java and Kotlin.", "Java 17 experience"],
            &[
                "Free java and pastries every Friday.",
                "a cup of java",
                "Start the day with a hot Cup of Java.",
                "Premium Java coffee and a Java break every afternoon.",
                "Freshly brewed Java and dark roasted Java on tap.",
                "We roast our own Java; freshly ground Java every morning.",
                "Try our house Java blend!",
            ],
        ),
        (
            "Spring",
            &["Java services built with Spring.", "Experience with Spring and Hibernate."],
            &[
                "Plan the Spring launch with our retail partners.",
                "Shoot the Spring collection lookbook.",
                "A Spring clean of the backlog.",
                "Campus events during Spring break.",
            ],
        ),
        (
            "Information technology",
            &["Experience supporting IT infrastructure."],
            &["It is important that you have experience with Python."],
        ),
        (
            "REST",
            &[
                "Experience designing REST APIs.",
                "Experience with rest api design.",
            ],
            &[
                "You and the rest of the team will own the product.",
                "You can rest assured that we value experience.",
            ],
        ),
        (
            "Security",
            &["Strong experience with security practices."],
            &["Benefits: job security, experience a great team."],
        ),
        (
            "Insurance",
            &["Domain experience in insurance is required."],
            &[
                "Benefits include national insurance and medical insurance, experience required.",
                "You receive training and an insurance plan; experience required.",
                "An attractive pension and insurance scheme; experience required.",
            ],
        ),
        (
            "Mentoring",
            &["Experience mentoring junior engineers is required."],
            &["Benefits: a mentoring programme; experience required."],
        ),
        (
            "Data privacy",
            &["Experience with data protection and GDPR compliance is required."],
            &["Our data protection statement explains how we use your application; experience required."],
        ),
        (
            "LTE",
            &["Experience with LTE and 5G radio protocols."],
            &["We sell LTE tariffs and mobile flat rates; experience required."],
        ),
        (
            "GitHub",
            &["Experience with GitHub Actions and GitHub workflows."],
            &["Send your CV and, if you have one, a GitHub profile with recent code."],
        ),
        (
            // The API testing library, and the idiom.
            "REST Assured",
            &[
                "API tests with REST Assured and JUnit.",
                "Selenium, Rest Assured and Postman.",
            ],
            &[
                "If you are among them you can rest assured there is a place for you.",
                "Rest assured that your data is safe.",
                "Apply now. Rest assured, we read every application.",
            ],
        ),
        (
            // The Lisp, and the benefits' schemes.
            "Scheme",
            &["Functional programming in Scheme or Clojure."],
            &["Group Income Protection Scheme and an Employee Assistance Scheme."],
        ),
        (
            "Pyramid",
            &["Web services in Python with Pyramid or Flask."],
            &["Experience testing on every level of the testing pyramid."],
        ),
        (
            "Networking",
            &["Networking experience (TCP/IP, BGP) is required."],
            &["Perks: events and networking opportunities; experience required."],
        ),
        (
            "English",
            &[
                "You speak and write English fluently.",
                "English speaking clients.",
                "We expect you to master English and German.",
                "Bilingual English/French is an asset.",
            ],
            &["Our English office is in Leeds."],
        ),
        (
            // Canadian listings call a plus an asset.
            "French",
            &[
                "• French is an asset",
                "Spanish or French would be an asset.",
            ],
            &[
                "French pastries on Fridays.",
                "Our people are our greatest asset, French and all.",
            ],
        ),
        (
            // A nationality or a place, not a language asked for.
            "Danish",
            &[
                "You speak Danish and English.",
                "Danish language skills required.",
                "A good command of Danish.",
                "You will work while speaking Danish.",
                // A resume's language list: the level in brackets.
                "Danish (native), English (C1)",
                "Danish fluent",
            ],
            &[
                "Salary follows the agreement for Danish universities, which requires a PhD.",
                "Our Danish business partners.",
                "You will grow our share of the Danish market; experience required.",
            ],
        ),
        (
            "Compliance",
            &["Experience in compliance and risk is required."],
            &["In compliance with government advice the role is remote; experience required."],
        ),
        (
            // Capitalised words of their own: the capital is not enough.
            "Room",
            &[
                "Persistence with Room and Retrofit on Android.",
                "Experience with Room",
            ],
            &[
                "Room for error? None.",
                "Team events: rafting, Secret Room, bubble soccer.",
            ],
        ),
        (
            "Cocoa",
            &["Desktop apps in Swift and Cocoa."],
            &[
                "Crops such as coffee, cocoa and rice.",
                "Cocoa beans from Ghana.",
            ],
        ),
        (
            "Liquid",
            &["Shopify themes with Liquid and JavaScript."],
            &["Neutral liquid milks and creams."],
        ),
        (
            // `CI` needs its capitals; the phrase in lower case is the skill
            // when the text asks for it.
            "Continuous integration",
            &[
                "Knowledge of pair programming, continuous integration and TDD",
                "Experience in continuous integration is required.",
            ],
            &[
                "Our ci team meets on Fridays.",
                "continuous integration of new hires into teams",
            ],
        ),
        (
            // Mozilla's localisation language, and the word asking for a language.
            "Fluent",
            &["Localisation files in Fluent, Gettext and ICU"],
            &["Fluent Danish is a plus.", "Fluent English required."],
        ),
        (
            "Workday",
            &["Experience with Workday HCM reporting."],
            &["No workday looks the same."],
        ),
        (
            // The dot of `Node.js` does not end the sentence that asks.
            "Healthcare",
            &["Experience with Node.js services in healthcare."],
            &["We build Node.js services for healthcare clients."],
        ),
        (
            // The feature store, and the meal.
            "Feast",
            &["Experience with feature stores (Feast)", "Feast or Tecton"],
            &[
                "We will feast on pizza on Fridays.",
                "A Feast for the whole team.",
            ],
        ),
        (
            // The data quality tool, and the drink.
            "Soda",
            &["Great Expectations or Soda for data quality"],
            &["Free soda and snacks in the office."],
        ),
        (
            // The probabilistic programming language, and a first name.
            "Stan",
            &[
                "Experience with Bayesian methods (PyMC, Stan) is a plus.",
                "Bayesian modelling in Stan or PyMC",
            ],
            &["Stan, our Head of Data, will be your manager."],
        ),
    ];
    for (skill, yes, no) in cases {
        let skill = if *skill == "Shell" {
            "Shell scripting"
        } else {
            skill
        };
        for text in *yes {
            assert!(
                has(text, skill),
                "{skill} should be found in: {text} (found {:?})",
                skills(text)
            );
        }
        for text in *no {
            assert!(
                !has(text, skill),
                "{skill} should not be found in: {text} (found {:?})",
                skills(text)
            );
        }
    }
}

#[test]
fn names_with_punctuation_are_whole_words() {
    let spans = extractor()
        .extract_spans("C++, C#, .NET, Node.js, CI/CD, TCP/IP and ASP.NET; not Nodejsx or myjava.");
    let found: Vec<(&str, &str)> = spans.iter().map(|s| (&*s.skill, s.text.as_str())).collect();
    assert_eq!(
        found,
        [
            ("C++", "C++"),
            ("C#", "C#"),
            (".NET", ".NET"),
            ("Node.js", "Node.js"),
            ("CI/CD", "CI/CD"),
            ("TCP/IP", "TCP/IP"),
            ("ASP.NET", "ASP.NET")
        ]
    );
    for s in &spans {
        assert_eq!(
            &"C++, C#, .NET, Node.js, CI/CD, TCP/IP and ASP.NET; not Nodejsx or myjava."
                [s.start..s.end],
            s.text
        );
    }
    // A version's `+` is `or later`, and it may go on past its major
    // number: the name with its version counts.
    let spans =
        extractor().extract_spans("Java 11+, Python 3+ and Node 18+; Python 3.11, Python 3.x");
    let found: Vec<(&str, &str)> = spans.iter().map(|s| (&*s.skill, s.text.as_str())).collect();
    assert_eq!(
        found,
        [
            ("Java", "Java 11"),
            ("Python", "Python 3"),
            ("Node.js", "Node"),
            ("Python", "Python 3"),
            ("Python", "Python 3")
        ]
    );
}

/// A web address is not a list of skills: an application link would ask
/// every listing for HTTP, and a path can spell any name. Names joined by
/// `/` outside an address are still a list.
#[test]
fn web_addresses_name_no_skills() {
    for text in [
        "Apply at https://jobs.example.com/rust-engineer today.",
        "Read more on http://example.org/careers?team=kubernetes",
        "Our blog: www.example.com/go/python-tips",
        "(see <https://example.com/react>)",
    ] {
        assert_eq!(skills(text), Vec::<String>::new(), "{text}");
    }
    assert_eq!(
        skills("HTTP and REST APIs; Python/Django and Node.js/React, at https://example.com"),
        ["HTTP", "REST", "Python", "Django", "Node.js", "React"]
    );
}

/// Fields of study and industries are domains: they count when the
/// listing asks for a degree in them or names its own industry, not when
/// the company merely mentions them.
#[test]
fn fields_of_study_and_the_listings_industry_count() {
    assert!(has(
        "Bachelor’s in Computer Science or similar.",
        "Computer science"
    ));
    assert!(has(
        "MSc in Mechanical Engineering",
        "Mechanical engineering"
    ));
    // US listings abbreviate the degree.
    assert!(has("BS in Computer Science", "Computer science"));
    assert!(has("BA or MA in Economics", "Economics"));
    // A word processor's curly apostrophe spells the degree too.
    assert!(has(
        "A Bachelor\u{2019}s degree in any field",
        "Bachelor's degree"
    ));
    assert!(has(
        "Job type: Full-time\nIndustry: Financial Services",
        "Financial services"
    ));
    assert!(has("Industry:\nFinancial Services", "Financial services"));
    assert!(
        skills("We serve computer science students and the financial services industry.")
            .is_empty()
    );
    // The word in running text is no field label.
    assert!(skills("We work with business, industry, government and NGOs.").is_empty());
    // Australian pay's superannuation is no industry; the super funds are.
    let pay = analyzer().analyze(
        "Cloud Engineer",
        "Salary: $103,012 - $116,095 plus 15.4% superannuation",
    );
    assert!(pay.keywords.is_empty(), "{:?}", pay.keywords);
    assert!(has(
        "Experience in the superannuation industry is required.",
        "Superannuation industry"
    ));
}

/// An acronym the listing spells out as something else is that thing
/// everywhere in it; spelled out as the skill, it stays the skill.
#[test]
fn acronyms_the_listing_defines_keep_its_meaning() {
    let text = "You will support the Strategic Partnership Agreement (SPA). \
                Experience with SPA governance is required.";
    assert!(!has(text, "Single-page applications"), "{:?}", skills(text));
    // The same sentence without the definition asks for the skill.
    assert!(has(
        "Experience with SPA governance is required.",
        "Single-page applications"
    ));
    assert!(has(
        "Experience building an SPA in React is required.",
        "Single-page applications"
    ));
    assert!(has(
        "Experience with Continuous Integration (CI) is required.",
        "Continuous integration"
    ));
    assert!(has(
        "You are a Site Reliability Engineer (SRE) with AWS experience.",
        "AWS"
    ));
    let sre = "Our Site Reliability Engineering (SRE) practice: experience in SRE is required.";
    assert!(
        has(sre, "Site reliability engineering"),
        "{:?}",
        skills(sre)
    );
}

/// Text pasted from a web page or a word processor has curly quotes,
/// dashes, bullets and ellipses; they bound names as ASCII punctuation
/// does, while letters of other scripts still join a word.
#[test]
fn punctuation_beyond_ascii_bounds_names() {
    let text = "Experience with “Python”, Python’s typing, —Kubernetes— and •Docker, ‘Rust’ and …Terraform";
    assert_eq!(
        skills(text),
        [
            "Python",
            "Python",
            "Kubernetes",
            "Docker",
            "Rust",
            "Terraform"
        ]
    );
    for s in extractor().extract_spans(text) {
        assert_eq!(&text[s.start..s.end], s.text);
    }
    // Letters, not punctuation: these are other words.
    assert!(skills("Pythonä, äPython, Javaé and 日Docker").is_empty());
}

/// Names of several words match whatever spaces separate their words:
/// doubled spaces, tabs, and the no-break spaces of `&nbsp;` in pasted HTML
/// (`Apache Spark` is not the Apache web server and Spark).
#[test]
fn names_match_across_runs_of_spaces() {
    assert_eq!(
        skills("Apache  Spark, Google\tCloud Platform and Apache\u{a0}Kafka"),
        ["Apache Spark", "GCP", "Apache Kafka"]
    );
    let r = analyzer().analyze("Engineer", "<ul><li>Apache&nbsp;Spark</li></ul>");
    assert_eq!(names(&r.required_skills), ["Apache Spark"]);
    // A line break still ends a name.
    let spans = extractor().extract_spans("Apache\nSpark");
    assert!(spans.iter().all(|s| !s.text.contains('\n')), "{spans:?}");
}

/// A name glued to more of a word (`Scrum Masters`, `agile environments`)
/// is read as the shorter name that ends on the word's edge, where it used
/// to be lost whole.
#[test]
fn a_name_running_on_into_a_longer_word_gives_way_to_a_shorter_one() {
    assert_eq!(
        skills("Experience with Kafka and Oracle databases or SQL Servers"),
        ["Apache Kafka", "Oracle Database", "Microsoft SQL Server"]
    );
    assert!(has("You will work alongside Scrum Masters", "Scrum"));
    assert!(has("Experience in agile environments", "Agile"));
    // Words going on past a name are still not the name.
    assert!(!has("Pythonic code and Rustaceans", "Python"));
    assert!(!has("Javanese cuisine", "Java"));
}

#[test]
fn the_employer_under_a_pasted_title_is_no_ask() {
    for text in [
        "Platform Engineer\nAcme Robotics · Toronto, ON (Hybrid)\n\nRequirements\n- Terraform",
        "Platform Engineer\nOracle · Austin, TX\n\nRequirements\n- Terraform",
        "Platform Engineer\nOracle — Austin, TX\n\nRequirements\n- Terraform",
        "Platform Engineer\nSnowflake - Remote\n\nRequirements\n- Terraform",
    ] {
        let r = analyzer().analyze("", text);
        assert_eq!(names(&r.required_skills), ["Terraform"], "{text}");
        assert_eq!(r.keywords.len(), 1, "{text}: {:?}", r.keywords);
    }
    // Named in the listing's text, the same skill is asked for.
    let r = analyzer().analyze(
        "",
        "Platform Engineer\nAcme · Toronto\n\nRequirements\n- Oracle and Terraform",
    );
    assert_eq!(names(&r.required_skills), ["Oracle Database", "Terraform"]);
}

#[test]
fn a_data_scientists_r_and_a_data_platforms_files() {
    for (text, skill) in [
        (
            "Strong R skills, including tidyverse or pandas",
            "tidyverse",
        ),
        ("Dashboards in R Shiny", "Shiny"),
        ("Plots with ggplot", "ggplot2"),
        ("Data lake files in parquet", "Apache Parquet"),
        ("Regression models in statsmodels", "statsmodels"),
    ] {
        assert!(has(text, skill), "{text}: {:?}", skills(text));
    }
    assert!(!has("A shiny new office in the CBD", "Shiny"));
}

#[test]
fn spellings_map_to_canonical_names() {
    let found = skills("k8s, Postgres, ReactJS, react.js, amazon-web-services, GCP and node.js");
    assert_eq!(
        found,
        [
            "Kubernetes",
            "PostgreSQL",
            "React",
            "React",
            "AWS",
            "GCP",
            "Node.js"
        ]
    );
    // A tag line in lower case: short names that are no everyday word count
    // as written; `it` and `hr` in lower case stay words.
    assert_eq!(
        skills("java kotlin spring-boot tdd etl ios vue amazon-web-services"),
        [
            "Java",
            "Kotlin",
            "Spring Boot",
            "Test-driven development",
            "ETL",
            "iOS",
            "Vue.js",
            "AWS"
        ]
    );
    assert!(skills("it is what hr said").is_empty());
    // A name in lower case that is also a word counts in a list of
    // technologies, not beside a field: `the payments rails` are the
    // industry's, not Ruby on Rails.
    assert_eq!(
        skills("Technologies: microservices rest, python and rails"),
        ["Microservices", "REST", "Python", "Ruby on Rails"]
    );
    assert_eq!(
        skills("Koru builds the payments rails for NZ credit unions."),
        ["Payments"]
    );
    // A skill's own name is that skill, though another lists it as an alias.
    assert_eq!(
        skills("Android Studio, Logstash and GIS"),
        ["Android Studio", "Logstash", "GIS"]
    );
    // A phrase joined by hyphens is the phrase, and a spelling's hyphen
    // is a space in the text; a dash with spaces around it parts words.
    assert_eq!(
        skills("Experience with continuous-integration and real time operating systems"),
        ["Continuous integration", "Embedded systems"]
    );
    assert_eq!(
        skills("Requirements: Python - 3+ years, SQL-Server"),
        ["Python", "Microsoft SQL Server"]
    );
    // How security and database listings write them.
    assert_eq!(
        skills("Run penetration tests on No-SQL databases"),
        ["Penetration testing", "NoSQL"]
    );
    // `IAM` alone is identity and access management; AWS's service is
    // named as such.
    assert_eq!(
        skills("Experience with IAM (Okta, Azure AD) and AWS IAM policies"),
        [
            "Identity and access management",
            "Okta",
            "Azure Active Directory",
            "AWS IAM"
        ]
    );
    // Indian degree names.
    assert_eq!(
        skills("You have a B.Tech in Computer Science, or an M.Tech or MCA"),
        [
            "Bachelor's degree",
            "Computer science",
            "Master's degree",
            "Master's degree"
        ]
    );
    // A cloud service named with its provider is the one service, so a
    // choice of two pairs the services, not a service and a provider.
    assert_eq!(
        skills("AWS Kinesis, Google Cloud Dataproc and GCP Vertex AI"),
        ["Amazon Kinesis", "Dataproc", "Vertex AI"]
    );
    let r = analyzer().analyze(
        "ML Engineer",
        "Requirements\n- Hands-on experience with AWS SageMaker or GCP Vertex AI",
    );
    let asks: Vec<_> = r
        .required_skills
        .iter()
        .map(|a| {
            (
                &*a.skill,
                a.alternatives.iter().map(|s| &**s).collect::<Vec<_>>(),
            )
        })
        .collect();
    assert_eq!(asks, [("Amazon SageMaker", vec!["Vertex AI"])]);
    // `Data Mining` is the discipline, not the mining industry.
    assert!(has("Experience in data mining is required.", "Data mining"));
    assert!(!has("Experience in data mining is required.", "Mining"));
    // Health-data standards, by name and spelled out.
    assert_eq!(
        skills("Experience with HL7 FHIR, Health Level Seven v2 and DICOM"),
        ["FHIR", "HL7", "DICOM"]
    );
    // Embedded and hardware work, by the names its listings use.
    assert_eq!(
        skills(
            "Embedded C on ARM Cortex-M under VxWorks or QNX; drivers for UART, SPI, I2C \
             and CAN bus; debugging with JTAG and oscilloscopes; FPGA work in Vivado; \
             MISRA C and ISO 26262; avionics to DO-178C"
        ),
        [
            "C",
            "ARM architecture",
            "VxWorks",
            "QNX",
            "UART",
            "SPI",
            "I2C",
            "CAN bus",
            "JTAG",
            "Lab instruments",
            "FPGA",
            "Vivado",
            "MISRA C",
            "ISO 26262",
            "Aerospace",
            "DO-178C"
        ]
    );
    // Recommendation work, singular or plural; a conference is no skill.
    assert_eq!(
        skills("Built a recommendation engine and search ranking models"),
        ["Recommender systems", "Learning to rank"]
    );
    assert!(skills("Publications at RecSys").is_empty());
    // Prometheus's long-term stores.
    assert_eq!(
        skills("Experience with Thanos or Mimir, or VictoriaMetrics"),
        ["Thanos", "Grafana Mimir", "VictoriaMetrics"]
    );
    // Model providers' APIs, by the provider's name.
    assert_eq!(
        skills("LLM APIs (OpenAI, Anthropic, Google Gemini, Mistral AI)"),
        [
            "Large language models",
            "APIs",
            "OpenAI API",
            "Anthropic API",
            "Gemini API",
            "Mistral AI"
        ]
    );
    // An analyst's spreadsheet work, by its features' names.
    assert_eq!(
        skills("Advanced Excel skills (pivot tables, VLOOKUP, Power Query) and Synapse"),
        [
            "Microsoft Excel",
            "Pivot tables",
            "VLOOKUP",
            "Power Query",
            "Azure Synapse Analytics"
        ]
    );
    // `can bus` in lower case is the verb; `SDR` the sales role.
    assert!(skills("We can bus you to the site.").is_empty());
    assert!(skills("SDR or BDR experience").is_empty());
}

fn names(list: &[kairos_core::analysis::SkillAsk]) -> Vec<&str> {
    list.iter().map(|s| &*s.skill).collect()
}

/// The years a report asks per skill, in its order (`""` for overall).
fn years_per_skill(r: &kairos_core::analysis::JdReport) -> Vec<(&str, f64)> {
    r.skill_years
        .iter()
        .map(|y| (y.skill.as_deref().unwrap_or(""), y.min))
        .collect()
}

/// The ATS keywords of a description, most important first.
fn keyword_terms(title: &str, text: &str) -> Vec<String> {
    analyzer()
        .analyze(title, text)
        .keywords
        .iter()
        .map(|k| k.term.to_string())
        .collect()
}

const SEEK_JD: &str = "About the role
We're hiring a Backend Engineer to build our payments platform.

What you'll bring:
- 5+ years of commercial software engineering experience
- At least three years of Rust
- PostgreSQL and Kafka in production
- Experience with AWS (ECS, RDS)

Nice to have
- Kubernetes
- Exposure to Terraform is a plus

About us
We are a fintech; our stack includes Go and React.

You must be an Australian citizen or permanent resident. Unfortunately we are unable to sponsor visas.
Salary: $160,000 - $180,000 + super.";

#[test]
fn required_preferred_and_context_follow_the_jds_structure() {
    let r = analyzer().analyze("Senior Backend Engineer", SEEK_JD);
    assert_eq!(
        names(&r.required_skills),
        [
            "Rust",
            "PostgreSQL",
            "Apache Kafka",
            "AWS",
            "Amazon ECS",
            "Amazon RDS"
        ]
    );
    assert_eq!(names(&r.preferred_skills), ["Kubernetes", "Terraform"]);
    assert_eq!(names(&r.context_skills), ["Go", "React"]);
    let rust = &r.required_skills[0];
    assert_eq!(rust.evidence, "At least three years of Rust");
    assert!(
        r.keywords.iter().position(|k| &*k.term == "Rust")
            < r.keywords.iter().position(|k| &*k.term == "Kubernetes")
    );
}

/// A skill's evidence is the line of the section that asks for it as it is
/// asked, when there is one, not the duty or introduction that named it
/// first; a duty stays the evidence when nothing else asks.
#[test]
fn evidence_comes_from_the_section_that_asks() {
    let r = analyzer().analyze(
        "Full Stack Engineer",
        "You'll work across the stack, from React front ends to Node services.\n\
         What you'll bring\n\
         - Deep knowledge of Node.js and relational databases\n\
         - Terraform (nice to have)\n\
         Bonus points\n\
         - Terraform modules you wrote\n",
    );
    let evidence = |skill: &str| {
        r.required_skills
            .iter()
            .chain(&r.preferred_skills)
            .find(|a| &*a.skill == skill)
            .map(|a| a.evidence.to_string())
    };
    assert_eq!(
        evidence("Node.js").as_deref(),
        Some("Deep knowledge of Node.js and relational databases")
    );
    assert_eq!(
        evidence("React").as_deref(),
        Some("You'll work across the stack, from React front ends to Node services")
    );
    assert_eq!(
        evidence("Terraform").as_deref(),
        Some("Terraform modules you wrote")
    );
}
/// The team's own stack, said in the third person outside the
/// requirements, is context; the same words in the requirements, or the
/// reader's own work, stay asked.
#[test]
fn the_team_s_own_stack_is_context() {
    let r = analyzer().analyze(
        "Backend Engineer",
        "At Northwind, our engineering team of 40 works across Kotlin, TypeScript and Postgres. \
         Our backend is written in Go.\n\nYou'll work across Python and Django.\n\n\
         Qualifications\n- Proficiency in Kotlin\n- Services are written in Rust, so Rust is a must",
    );
    assert_eq!(names(&r.context_skills), ["TypeScript", "PostgreSQL", "Go"]);
    assert_eq!(
        names(&r.required_skills),
        ["Kotlin", "Python", "Django", "Rust"]
    );
    // A recruiter's layout: `The tech:` lists the stack, `What they're
    // looking for:` the asks.
    let r = analyzer().analyze(
        "Backend Developer",
        "The tech:\nNestJS, PostgreSQL, Docker\n\nWhat they're looking for:\n\
         - Commercial experience with TypeScript\n\nWhat's on offer:\n- A Kubernetes course",
    );
    assert_eq!(
        names(&r.context_skills),
        ["NestJS", "PostgreSQL", "Docker", "Kubernetes"]
    );
    assert_eq!(names(&r.required_skills), ["TypeScript"]);
    // The stack after a label on its line reads as under its heading; the
    // label inside the requirements asks.
    let r = analyzer().analyze(
        "Backend Developer",
        "Tech stack: Go, PostgreSQL, Kubernetes\nRequirements\n- Python\n- Tech stack: Kafka",
    );
    assert_eq!(names(&r.context_skills), ["Go", "PostgreSQL", "Kubernetes"]);
    assert_eq!(names(&r.required_skills), ["Python", "Apache Kafka"]);
    // The teams' tools, said of them (`Our teams use`, `We rely on`),
    // under a heading about the job; helping teams use one is the
    // reader's work.
    let r = analyzer().analyze(
        "Software Engineer",
        "About the job\nOur teams use Spanner and Bigtable every day. Our engineering teams \
         use Kafka. We rely on Redis.\n\nYou will help teams use Terraform well.\n\n\
         Minimum qualifications:\n- Experience with Go",
    );
    assert_eq!(
        names(&r.context_skills),
        ["Cloud Spanner", "Bigtable", "Apache Kafka", "Redis"]
    );
    assert_eq!(names(&r.required_skills), ["Terraform", "Go"]);
    // The company's voice in the introduction, in other words.
    let r = analyzer().analyze(
        "Backend Developer",
        "We build on PostgreSQL and Kafka. We run everything on Kubernetes. Our data lives \
         in Snowflake, our frontend is React, and we're heavy users of Terraform.\n\
         Requirements\n- Java",
    );
    assert_eq!(
        names(&r.context_skills),
        [
            "PostgreSQL",
            "Apache Kafka",
            "Kubernetes",
            "Snowflake",
            "React",
            "Terraform"
        ]
    );
    assert_eq!(names(&r.required_skills), ["Java"]);
    // What the company did to its own systems; the reader's part in it asks.
    let r = analyzer().analyze(
        "Backend Developer",
        "Our team migrated our monolith to Go last year. We rewrote our billing in Rust. \
         You'll help migrate our reporting to Kotlin.\nRequirements\n- Java",
    );
    assert_eq!(names(&r.context_skills), ["Go", "Rust"]);
    assert_eq!(names(&r.required_skills), ["Kotlin", "Java"]);
    // Everyday words as the part of the stack they are.
    let r = analyzer().analyze(
        "Backend Developer",
        "Our backend is Go and our frontend is Elm. The stack is Rust and Kafka.\n\
         Requirements\n- Java",
    );
    assert_eq!(
        names(&r.context_skills),
        ["Go", "Elm", "Rust", "Apache Kafka"]
    );
    assert_eq!(names(&r.required_skills), ["Java"]);
    // Another team's stack, in brackets after the team the role works
    // with; the reader's own team's stays asked.
    let r = analyzer().analyze(
        "Senior iOS Engineer",
        "About the role\nYou'll own features in Swift, working closely with design and our \
         Android team (Kotlin) and the data team (Python, dbt).\nJoin our Platform team (Elixir).",
    );
    assert_eq!(names(&r.context_skills), ["Kotlin", "Python", "dbt"]);
    assert_eq!(names(&r.required_skills), ["iOS", "Swift", "Elixir"]);
    // The same for colleagues of a kind.
    let r = analyzer().analyze(
        "Senior iOS Engineer",
        "What you'll do
- Build features in Swift
         - Collaborate with Android engineers (Kotlin) and data scientists (Python)",
    );
    assert_eq!(names(&r.context_skills), ["Kotlin", "Python"]);
    assert_eq!(names(&r.required_skills), ["iOS", "Swift"]);
    // What the colleagues the reader joins know is their stack; what the
    // listing looks for in people, or a team the reader leads, is asked.
    for (text, context, required) in [
        (
            "About the role\nYou'll join a team of engineers who know Kafka and Flink inside out, \
             and build services in Java.",
            vec!["Apache Kafka", "Apache Flink"],
            vec!["Java"],
        ),
        (
            "About the role\nYou'll be part of a team that uses Terraform daily.",
            vec!["Terraform"],
            vec![],
        ),
        (
            "About the role\nThe role sits in our Data team, which uses dbt.",
            vec!["dbt"],
            vec![],
        ),
        (
            "About the role\nWe're looking for engineers who know Kafka.",
            vec![],
            vec!["Apache Kafka"],
        ),
        (
            "About the role\nWe want to expand our team with engineers who know Kafka.",
            vec![],
            vec!["Apache Kafka"],
        ),
        (
            "About the role\nYou will lead a team that builds services in Go.",
            vec![],
            vec!["Go"],
        ),
    ] {
        let r = analyzer().analyze("Backend Engineer", text);
        assert_eq!(names(&r.context_skills), context, "{text}");
        assert_eq!(names(&r.required_skills), required, "{text}");
    }
}

/// A requirement's bracket naming the company's own tool (`CI/CD (we use
/// GitHub Actions)`), or colleagues' stack named beside a requirement, is
/// context; the requirement stays asked, and so do the tools a
/// requirement asks for by the company's name for them.
#[test]
fn the_company_s_stack_beside_a_requirement_is_context() {
    for (text, required, context) in [
        (
            "Requirements\n- Experience with CI/CD (we use GitHub Actions)\n- Linux",
            vec!["CI/CD", "Linux"],
            vec!["GitHub Actions"],
        ),
        // Colleagues' stack stays asked in a requirement, which speaks of
        // the reader's own experience.
        (
            "Requirements\n- Experience working in a team that uses Scrum",
            vec!["Scrum"],
            vec![],
        ),
        (
            "Requirements\n- Experience with the tools we use (Go, Kafka)",
            vec!["Go", "Apache Kafka"],
            vec![],
        ),
    ] {
        let r = analyzer().analyze("Backend Engineer", text);
        assert_eq!(names(&r.required_skills), required, "{text}");
        assert_eq!(names(&r.context_skills), context, "{text}");
    }
}

/// A job board's labels of skills: what a `… skills:` label names is
/// skills (`Nice-to-have skills: Rust`), and `Secondary skills` are
/// preferred beside `Primary skills`.
#[test]
fn skills_after_a_skills_label() {
    let r = analyzer().analyze(
        "Backend Engineer",
        "Primary skills: Java, Spring\nSecondary skills: Python, Go\n\
         Must-have skills: Kafka\nNice-to-have skills: Rust",
    );
    assert_eq!(
        names(&r.required_skills),
        ["Java", "Spring", "Apache Kafka"]
    );
    assert_eq!(names(&r.preferred_skills), ["Python", "Go", "Rust"]);
}

/// A list of the company's customers names companies, not skills, however
/// many share a name with one; a list of kinds of customers ends there.
#[test]
fn customers_named_are_companies_not_skills() {
    let r = analyzer().analyze(
        "Backend Engineer",
        "Our customers include Shell, Oracle and Salesforce. Trusted by Atlassian & Canva.\n\
         We work with clients such as banks and insurers, on AWS.\n\
         Requirements\n- Java",
    );
    assert_eq!(names(&r.required_skills), ["Java"]);
    assert_eq!(names(&r.context_skills), ["AWS"]);
    assert!(r
        .keywords
        .iter()
        .all(|k| !matches!(&*k.term, "Shell" | "Oracle Database" | "Salesforce")));
}

/// The tools a listing names as the way to apply or be interviewed are
/// how the employer hires, not skills the job asks for; the same tools
/// asked for elsewhere stay asked.
#[test]
fn the_way_to_apply_or_be_interviewed_names_no_skill() {
    let r = analyzer().analyze(
        "Payroll Officer",
        "Requirements\n- Experience with Xero\n\
         - Strong Excel skills\n\
         How to apply\nPlease submit your resume and cover letter through our Workday portal. \
         Interviews will be held over Slack or Microsoft Teams.",
    );
    assert_eq!(names(&r.required_skills), ["Xero", "Microsoft Excel"]);
    assert!(
        r.keywords
            .iter()
            .all(|k| !matches!(&*k.term, "Workday" | "Slack" | "Microsoft Teams")),
        "{:?}",
        r.keywords
    );

    // Asked for, and named as the channel too: still asked for.
    let r = analyzer().analyze(
        "HRIS Analyst",
        "Requirements\n- 3 years administering Workday\nApply via Workday.",
    );
    assert_eq!(names(&r.required_skills), ["Workday"]);

    // The same words about something else leave the skills alone.
    let r = analyzer().analyze(
        "Cloud Engineer",
        "Requirements\n- Build web applications on AWS\n- Apply best practices using Terraform",
    );
    assert_eq!(names(&r.required_skills), ["AWS", "Terraform"]);
}

/// What a listing says it will teach is not asked for: it is at most
/// preferred, even under a requirements heading.
#[test]
fn skills_a_listing_does_not_need_are_not_required() {
    let r = analyzer().analyze(
        "Platform Engineer",
        "Requirements\n- Strong Go\n- No prior Kubernetes experience required\n\
         - You don't need to know Terraform, we'll teach you\n- Docker is not needed\n\
         - Experience with Snowflake is not a must\n\
         - We use Kotlin and Java, but you don't need to know them\n\
         - TypeScript isn't essential; Airflow and dbt aren’t required\n\
         - Not required: Django, Flask",
    );
    assert_eq!(names(&r.required_skills), ["Go"]);
    assert_eq!(
        names(&r.preferred_skills),
        [
            "Kubernetes",
            "Terraform",
            "Docker",
            "Snowflake",
            "Kotlin",
            "Java",
            "TypeScript",
            "Apache Airflow",
            "dbt",
            "Django",
            "Flask",
        ]
    );
    // Said in so many words, it outweighs a duty naming the skill; the
    // waiver speaks of its own clause only.
    let r = analyzer().analyze(
        "Junior Frontend Developer",
        "You'll work alongside our senior developers on React and TypeScript projects.\n\n\
         You'll have:\n- Some experience with React\n\
         - No prior TypeScript experience needed - we'll teach you\n\
         - Strong JavaScript, no prior Vue experience needed\n\
         - Airflow and dbt are not required, SQL is a must",
    );
    assert_eq!(names(&r.required_skills), ["React", "JavaScript", "SQL"]);
    assert_eq!(
        names(&r.preferred_skills),
        ["TypeScript", "Vue.js", "Apache Airflow", "dbt"]
    );
    assert!(r.preferred_skills[0]
        .evidence
        .contains("No prior TypeScript"));
    // A willingness to learn waives what it names, and what it is offered
    // instead of; as a trait it waives nothing.
    for (line, required, preferred) in [
        ("- Elixir (or willingness to learn)", vec![], vec!["Elixir"]),
        ("- Elixir, or a desire to learn it", vec![], vec!["Elixir"]),
        ("- Willingness to learn Elixir", vec![], vec!["Elixir"]),
        (
            "- You know Go or are willing to learn it",
            vec![],
            vec!["Go"],
        ),
        (
            "- Strong Python, and a willingness to learn Elixir",
            vec!["Python"],
            vec!["Elixir"],
        ),
        (
            "- Python and Docker; curious and willing to learn and share",
            vec!["Python", "Docker"],
            vec![],
        ),
        (
            "- Experience with CI/CD and you know or are willing to learn Ansible",
            vec!["CI/CD"],
            vec!["Ansible"],
        ),
        // Praise beyond `a plus`.
        // A clause opening with `no` waives what it requires.
        ("- No Elixir experience required", vec![], vec!["Elixir"]),
        (
            "- No Elixir needed, though we use it in places",
            vec![],
            vec!["Elixir"],
        ),
        (
            "- No Kubernetes knowledge necessary",
            vec![],
            vec!["Kubernetes"],
        ),
        (
            "- No degree required, but Python is",
            vec!["Python"],
            vec![],
        ),
        (
            "- Zero downtime releases with Kubernetes required",
            vec!["Kubernetes"],
            vec![],
        ),
        ("- Elixir knowledge is a big plus", vec![], vec!["Elixir"]),
        (
            "- Any experience with Elixir is welcome",
            vec![],
            vec!["Elixir"],
        ),
        ("- Some Elixir would help", vec![], vec!["Elixir"]),
        ("- Extra credit: Clojure", vec![], vec!["Clojure"]),
        // A role in brackets is what the skill is for.
        (
            "- AWS certification (Solutions Architect Associate or higher)",
            vec!["AWS"],
            vec![],
        ),
        // A name that needs context, hoped for after `is a`.
        ("- Rust is a nice-to-have", vec![], vec!["Rust"]),
        (
            "- Python is essential; Go is a nice to have",
            vec!["Python"],
            vec!["Go"],
        ),
        ("- Elixir is a good-to-have", vec![], vec!["Elixir"]),
        ("- Elixir is a great plus", vec![], vec!["Elixir"]),
        (
            "- Not required, but helpful: Elixir",
            vec![],
            vec!["Elixir"],
        ),
    ] {
        let r = analyzer().analyze("Engineer", &format!("Requirements\n{line}"));
        assert_eq!(names(&r.required_skills), required, "{line}");
        assert_eq!(names(&r.preferred_skills), preferred, "{line}");
    }
    // What a graduate program teaches is its stack, not an ask.
    let r = analyzer().analyze(
        "Graduate Software Engineer",
        "What we're looking for\n- Some programming experience in Java or Python\n\n\
         What you'll learn\n- Building microservices in Java and Spring Boot\n- Mobile development with Swift",
    );
    assert_eq!(names(&r.required_skills), ["Java"]);
    assert_eq!(
        names(&r.context_skills),
        ["Microservices", "Spring Boot", "Swift"]
    );
}

/// A general term (`machine learning`, `DevOps`) counts where the job is
/// described, not where the company describes itself. `Partner with …`
/// opens a duty; `our partners` is the company.
#[test]
fn general_terms_count_in_duties_not_about_the_company() {
    let terms = |text: &str| keyword_terms("Data Engineer", text);
    assert_eq!(
        terms("Responsibilities\n* Partner with data scientists to productionize ML models"),
        ["Machine learning"]
    );
    assert!(terms("Our partners are leaders in machine learning.").is_empty());
}

/// A skill named right before a noun for people or a team names them
/// (`our QA engineers`, `PhD students`): the description does not ask for it
/// there, only where it says so.
#[test]
fn mentions_that_name_people_or_teams_are_not_asks() {
    // Every term a description asks for becomes an ATS keyword (a degree
    // is one, though no skill to score).
    let asked = |text: &str| keyword_terms("Research Assistant", text);
    for text in [
        "You will work with our QA engineers.",
        "Experience supervising PhD students is required.",
        "You have experience co-supervising a PhD student.",
    ] {
        assert!(asked(text).is_empty(), "{text}: {:?}", asked(text));
    }
    assert!(asked("A PhD in physics is required.").contains(&"PhD".to_owned()));
    // A bullet that starts with a role noun used as an adjective asks;
    // a title-like line still names the position.
    let r = analyzer().analyze(
        "Data Engineer",
        "Qualifications\n* Expert SQL; dimensional modelling\n- Lead Kubernetes migrations\nSenior Java Developer",
    );
    let required: Vec<&str> = r.required_skills.iter().map(|a| &*a.skill).collect();
    assert_eq!(required, ["SQL", "Data modelling", "Kubernetes"]);
    // A numbered item's number is its bullet, not the start of a title.
    let r = analyzer().analyze(
        "Staff Engineer",
        "Requirements:\n1. Expert in Go; gRPC\n2) Expert SQL\n(3) Lead Kubernetes migrations",
    );
    let required: Vec<&str> = r.required_skills.iter().map(|a| &*a.skill).collect();
    assert_eq!(required, ["Go", "gRPC", "SQL", "Kubernetes"]);
    // `engineering` names a team only with a team's noun after it; alone
    // it is the discipline asked for.
    assert!(asked("You will join our Java engineering team.").is_empty());
    assert_eq!(
        asked("Requirements\n- 4+ years of industry experience in ML engineering"),
        ["Machine learning"]
    );
    // A requirement with a capitalised role noun reads as no title.
    assert_eq!(
        asked("Requirements\n- A degree in Computer Science or Software Engineering"),
        ["Computer science", "Software development"]
    );
}

/// The names of the skills `text` asks for, read as a job titled `title`.
fn required_of(title: &str, text: &str) -> Vec<String> {
    let r = analyzer().analyze(title, text);
    names(&r.required_skills)
        .into_iter()
        .map(String::from)
        .collect()
}

/// Every item of a list of teams names a team (`data science, and
/// go-to-market teams`), not only the one before the noun; a list that
/// ends before any such noun (`for our data teams`, `team spirit`) asks.
#[test]
fn a_list_of_teams_names_teams() {
    let required = |text: &str| required_of("Frontend Engineer", text);
    for text in [
        "You'll collaborate closely with product, design, data science, and engineering teams.",
        "Work with our DevOps, QA and security teams to ship features.",
        "You will work with Product QA and Software Dev teams to drive delivery.",
    ] {
        assert!(required(text).is_empty(), "{text}: {:?}", required(text));
    }
    assert_eq!(
        required("Requirements:\n- Python, SQL and Spark for our data teams"),
        ["Python", "SQL", "Apache Spark"]
    );
    assert_eq!(
        required("We value code review, CI/CD and great team spirit."),
        ["CI/CD"]
    );
    assert_eq!(
        required("Requirements: Python, Go, teams of five"),
        ["Python", "Go"]
    );
    // What a requirement does with teams is a clause of its own.
    assert_eq!(
        required("Requirements: Java, Spring and microservices, and experience leading teams."),
        ["Java", "Spring", "Microservices"]
    );
    assert_eq!(
        required("Requirements: React and TypeScript and mentoring junior teams"),
        ["React", "TypeScript"]
    );
    assert_eq!(
        required("Requirements: Python and SQL, and experience partnering product teams"),
        ["Python", "SQL"]
    );
    assert_eq!(
        required("Requirements: Kotlin, and regulated industry software delivery teams"),
        ["Kotlin"]
    );
}

/// Whom a role works with are people and teams, the list's later items too
/// (`partner with product and data science`); a tool after the list is
/// still asked for.
#[test]
fn the_functions_a_role_partners_with_are_teams() {
    let required = |text: &str| required_of("Staff Software Engineer", text);
    for text in [
        "You'll partner with product and data science to ship systems that move money.",
        "You will collaborate with design, product and data science on every launch.",
        "Work closely with finance or data science to reconcile ledgers.",
    ] {
        assert!(required(text).is_empty(), "{text}: {:?}", required(text));
    }
    assert_eq!(
        required("You'll partner with product to ship systems in Go and Kafka."),
        ["Go", "Apache Kafka"]
    );
    assert_eq!(
        required("Requirements: experience in data science and Python."),
        ["Data science", "Python"]
    );
}

/// The role the listing fills, named with a skill in the body (`You are an
/// experienced Java developer`, `- Senior level (5+ yrs) Java developer`),
/// asks for the skill, and its years are the skill's; a colleague's role
/// (`work with our Java developers`, `pair with a Go engineer`) does not.
#[test]
fn the_role_being_filled_asks_for_its_skill() {
    let asked = |text: &str| {
        let r = analyzer().analyze("Backend Engineer", text);
        // A choice is its first skill and its alternatives: `Java|Kotlin`.
        let required = r
            .required_skills
            .iter()
            .map(|s| {
                std::iter::once(&s.skill)
                    .chain(&s.alternatives)
                    .map(|n| n.to_string())
                    .collect::<Vec<_>>()
                    .join("|")
            })
            .collect::<Vec<_>>()
            .join(",");
        let years: Vec<String> = r
            .skill_years
            .iter()
            .map(|y| format!("{} {}", y.skill.as_deref().unwrap_or("overall"), y.min))
            .collect();
        (required, years.join(","))
    };
    for (text, required, years) in [
        ("About you\n- Experienced Java developer", "Java", ""),
        (
            "About you\n- Senior level (5+ yrs) Java developer",
            "Java",
            "Java 5",
        ),
        (
            "About you\n- 5+ years as a Java developer",
            "Java",
            "Java 5",
        ),
        (
            "We're looking for an experienced Python developer to join our team.",
            "Python",
            "",
        ),
        // Two skills an `or` joins share the role's noun: either will do.
        (
            "About you\n- You are a Java or Kotlin developer",
            "Java|Kotlin",
            "",
        ),
        (
            "About you\n- 3+ years as a Java or Python developer",
            "Java|Python",
            "Java 3,Python 3",
        ),
        (
            "About you\n- Experience in SRE or DevOps roles",
            "Site reliability engineering|DevOps",
            "",
        ),
        (
            "About you\n- You are a skilled Go engineer who enjoys testing",
            "Go",
            "",
        ),
        ("About you\n- Work closely with our Java developers", "", ""),
        (
            "You will pair with a senior Go engineer on the payments service.",
            "",
            "",
        ),
        ("Mentor junior Python developers.", "", ""),
    ] {
        assert_eq!(
            asked(text),
            (required.to_owned(), years.to_owned()),
            "{text}"
        );
    }
}

#[test]
fn years_overall_and_per_skill() {
    let r = analyzer().analyze("Backend Engineer", SEEK_JD);
    let overall = r.years_experience.expect("overall years");
    assert_eq!((overall.min, overall.max, overall.skill), (5.0, None, None));
    let rust = r
        .skill_years
        .iter()
        .find(|y| y.skill.as_deref() == Some("Rust"))
        .expect("Rust years");
    assert_eq!(rust.min, 3.0);
    let r = analyzer().analyze(
        "Data Engineer",
        "Requirements\n- 3–5 years of Python\n- SQL (2+ years)\n- minimum 2 yrs with Airflow",
    );
    let per: Vec<(&str, f64, Option<f64>)> = r
        .skill_years
        .iter()
        .map(|y| (y.skill.as_deref().unwrap_or(""), y.min, y.max))
        .collect();
    assert_eq!(
        per,
        [
            ("Python", 3.0, Some(5.0)),
            ("SQL", 2.0, None),
            ("Apache Airflow", 2.0, None)
        ]
    );
    assert_eq!(
        r.years_experience, None,
        "every years figure here is for a skill"
    );
    // `exp` is short for experience after the years.
    for text in ["- 5-7 yrs exp in QA", "- 5 to 7 years exp."] {
        let r = analyzer().analyze("QA Engineer", &format!("Requirements\n{text}"));
        let overall = r.years_experience.expect(text);
        assert_eq!((overall.min, overall.max), (5.0, Some(7.0)), "{text}");
    }
    // Years of a general field whose languages are examples are
    // experience overall; a field's years in a named language are that
    // language's.
    let r = analyzer().analyze(
        "Software Engineer",
        "Minimum qualifications:\n- 2 years of experience with software development in one \
         or more programming languages (e.g., Java, C++, Go).\n- 1 year of experience with \
         data structures or algorithms.",
    );
    let overall = r.years_experience.expect("overall years");
    assert_eq!((overall.min, overall.skill), (2.0, None));
    assert!(r.skill_years.is_empty(), "{:?}", r.skill_years);
    let r = analyzer().analyze(
        "Backend Engineer",
        "Requirements\n- 4 years of backend development experience in Go",
    );
    let per: Vec<(&str, f64)> = r
        .skill_years
        .iter()
        .map(|y| (y.skill.as_deref().unwrap_or(""), y.min))
        .collect();
    assert_eq!(per, [("Go", 4.0)]);
    // Years before a list are each skill's, up to where the list ends.
    for (text, want) in [
        (
            "The ideal candidate will have 5+ years of experience in Java and Spring, familiarity with AWS, and good communication skills.",
            vec!["Java", "Spring"],
        ),
        (
            "You have at least 3 years of professional experience with Terraform GCP and Kubernetes",
            vec!["Terraform", "GCP", "Kubernetes"],
        ),
        (
            "At least 2 years of experience programming apps for Android and/or iOS",
            vec!["Android", "iOS"],
        ),
    ] {
        let r = analyzer().analyze("Engineer", &format!("Requirements\n{text}"));
        let skills: Vec<&str> = r
            .skill_years
            .iter()
            .filter_map(|y| y.skill.as_deref())
            .collect();
        assert_eq!(skills, want, "{text}");
    }
    // Years after a list are each skill's; the list ends at other words.
    let r = analyzer().analyze(
        "Frontend Engineer",
        "You have:\n- Commercial experience with React and TypeScript (3+ years)\n- Docker, with Kubernetes (2 years)",
    );
    let per = years_per_skill(&r);
    assert_eq!(
        per,
        [("React", 3.0), ("TypeScript", 3.0), ("Kubernetes", 2.0)]
    );
    // Years bracketed (or after a colon or dash) right after a skill are
    // that skill's, not the next one's.
    for text in [
        "Requirements\n- Python (3+ years), SQL (2+ years)",
        "Requirements\n- Python - 3+ years, SQL - 2 years",
    ] {
        let r = analyzer().analyze("Data Engineer", text);
        let per = years_per_skill(&r);
        assert_eq!(per, [("Python", 3.0), ("SQL", 2.0)], "{text}");
    }
    // A general field is experience overall, not a skill's.
    let r = analyzer().analyze(
        "Engineer",
        "Requirements\n- Minimum of 5 years in software engineering\n- Python",
    );
    assert_eq!(r.years_experience.as_ref().map(|y| y.min), Some(5.0));
    assert!(r.skill_years.is_empty());
    // A share of the years for one skill: the ask stays overall.
    let r = analyzer().analyze(
        "Engineer",
        "Requirements\n- 10+ years' experience, including 5 with Go",
    );
    assert_eq!(r.years_experience.as_ref().map(|y| y.min), Some(10.0));
    let per = years_per_skill(&r);
    assert_eq!(per, [("Go", 5.0)]);
    // The share's number first: the skill gets its share, not the whole.
    let r = analyzer().analyze(
        "Platform Engineer",
        "Requirements\n- 6+ years in infrastructure or platform roles, 3+ of them running Kubernetes in production",
    );
    assert_eq!(r.years_experience.as_ref().map(|y| y.min), Some(6.0));
    let per = years_per_skill(&r);
    assert_eq!(per, [("Kubernetes", 3.0)]);
    // A recruiter's shorthand: the field with no preposition, the share in digits.
    let r = analyzer().analyze(
        "Senior Golang Engineer",
        "What you need:\n- 5+ years backend engineering, 2+ in Go\n- Kafka",
    );
    assert_eq!(r.years_experience.as_ref().map(|y| y.min), Some(5.0));
    let per = years_per_skill(&r);
    assert_eq!(per, [("Go", 2.0)]);
    // Years in a field a requirement names in lower case are experience;
    // years in a place are not.
    for (text, want) in [
        ("- 10+ yrs in enterprise software", Some(10.0)),
        ("- 5 years in fintech or banking", Some(5.0)),
        (
            "- You must have lived 5 of the last 10 years in Australia",
            None,
        ),
        ("- 10 years in Australia", None),
    ] {
        let r = analyzer().analyze("Engineer", &format!("Requirements\n{text}"));
        assert_eq!(r.years_experience.as_ref().map(|y| y.min), want, "{text}");
    }
    // A skill hoped for after the years leaves them overall.
    for text in [
        "- 3+ years of professional backend experience, ideally in Go",
        "- 5 years of software development, preferably with Python and Django",
    ] {
        let r = analyzer().analyze("Engineer", &format!("Requirements\n{text}"));
        assert!(r.years_experience.is_some(), "{text}");
        assert!(r.skill_years.is_empty(), "{text}: {:?}", r.skill_years);
    }
}

/// Years as recruiters type them: the figure glued to its unit (`3yrs`,
/// `+10years`), a bound after a skill's bracket or colon (`Python (min 2
/// yrs)`), a dash after a name that is also a word (`Java - at least 5
/// years`).
#[test]
fn years_in_a_recruiter_s_shorthand() {
    let read = |line: &str| {
        let r = analyzer().analyze("Engineer", &format!("Requirements\n- {line}"));
        let overall = r.years_experience.as_ref().map(|y| y.min);
        (overall, years_per_skill_owned(&r))
    };
    let skill = |name: &str, min: f64| (None, vec![(name.to_owned(), min)]);
    assert_eq!(read("3yrs experience with Python"), skill("Python", 3.0));
    assert_eq!(read("3-5yrs experience in Python"), skill("Python", 3.0));
    assert_eq!(read("10years of Java"), skill("Java", 10.0));
    assert_eq!(read("5yrs+ commercial experience"), (Some(5.0), vec![]));
    assert_eq!(read("Team lead, min 2 yr exp"), (Some(2.0), vec![]));
    // A job board's label, its figure after the colon.
    assert_eq!(read("Years of experience: 7"), (Some(7.0), vec![]));
    assert_eq!(read("Years experience required: 5+"), (Some(5.0), vec![]));
    assert_eq!(read("Years in business: 20"), (None, vec![]));
    assert_eq!(
        read("Strong design experience (+10years)"),
        (Some(10.0), vec![])
    );
    assert_eq!(read("Python (min 2 yrs)"), skill("Python", 2.0));
    assert_eq!(read("Java: minimum 5 years"), skill("Java", 5.0));
    assert_eq!(read("Java - at least 5 years"), skill("Java", 5.0));
    assert_eq!(
        read("Python (min 2yrs), SQL (at least 1 year)"),
        (
            None,
            vec![("Python".to_owned(), 2.0), ("SQL".to_owned(), 1.0)]
        )
    );
    // A year glued to a word is no figure of years.
    assert_eq!(read("Windows 2019years of Python"), (None, vec![]));
}

/// A ceiling of years (`up to 2 years`) is a range from none, as `0-2
/// years` is: a graduate meets it, and the level it gives is junior,
/// said without a floor of "0 months".
#[test]
fn years_up_to_a_ceiling_ask_for_no_minimum() {
    for line in [
        "Up to 2 years of experience (graduates welcome)",
        "0-2 years of experience",
    ] {
        let r = analyzer().analyze("", &format!("Requirements\n- {line}"));
        let years = r.years_experience.as_ref().expect(line);
        assert_eq!((years.min, years.max), (0.0, Some(2.0)), "{line}");
        let seniority = r.seniority.expect(line);
        assert_eq!(seniority.level, Seniority::Junior, "{line}");
        assert_eq!(seniority.evidence, "no minimum years of experience asked");
    }
    let r = analyzer().analyze(
        "",
        "Requirements\n- up to 3 years of experience with Python",
    );
    let python = &r.skill_years[0];
    assert_eq!((python.min, python.max), (0.0, Some(3.0)));
    // A contract's length is no ask.
    let r = analyzer().analyze(
        "",
        "The contract runs for up to 2 years.\nRequirements\n- Python",
    );
    assert!(r.years_experience.is_none() && r.skill_years.is_empty());
}

/// Years a listing says it does not need are no ask; a bound with `no` or
/// `not` (`no less than 3 years`) still is.
#[test]
fn years_denied_are_not_asked() {
    let read = |line: &str| {
        let r = analyzer().analyze("Engineer", &format!("Requirements\n- {line}"));
        (
            r.years_experience.as_ref().map(|y| y.min),
            years_per_skill_owned(&r),
        )
    };
    assert_eq!(
        read("You don't need 5 years of experience - 2 years of Python is fine."),
        (None, vec![("Python".to_owned(), 2.0)])
    );
    assert_eq!(
        read("Not looking for 10 years of experience; 3+ years with Go is enough."),
        (None, vec![("Go".to_owned(), 3.0)])
    );
    assert_eq!(
        read("If you don't have 5 years of experience, apply anyway!"),
        (None, vec![])
    );
    assert_eq!(
        read("Not less than 5 years experience"),
        (Some(5.0), vec![])
    );
    assert_eq!(
        read("No less than 3 years of experience with Java"),
        (None, vec![("Java".to_owned(), 3.0)])
    );
}

/// The years a listing requires win over the years it would like, said
/// in the same list (`10 years preferred; 5 years required`), and a
/// second figure `overall` after a skill's is experience overall.
#[test]
fn years_required_win_over_years_preferred() {
    let read = |line: &str| {
        let r = analyzer().analyze("Engineer", &format!("Requirements\n- {line}"));
        (
            r.years_experience.as_ref().map(|y| y.min),
            years_per_skill_owned(&r),
        )
    };
    assert_eq!(
        read("10 years' experience preferred; 5 years required"),
        (Some(5.0), vec![])
    );
    assert_eq!(
        read("5 years required; ideally 8+ years of experience"),
        (Some(5.0), vec![])
    );
    assert_eq!(read("Minimum 3 years required"), (Some(3.0), vec![]));
    assert_eq!(
        read("2+ years Kubernetes in production, 5+ years overall"),
        (Some(5.0), vec![("Kubernetes".to_owned(), 2.0)])
    );
    // Hoped for alone, the years are still the listing's figure.
    assert_eq!(
        read("8+ years of experience preferred"),
        (Some(8.0), vec![])
    );
    // Years that are no experience stay out.
    assert_eq!(read("A 2 year commitment is required"), (None, vec![]));
}

/// The second list of an Australian or British listing (`Desirable but
/// not essential`), and headings in a writer's own words (`Good to know`,
/// `The basics`).
#[test]
fn second_lists_headed_in_their_own_words() {
    let sides = |text: &str| {
        let r = analyzer().analyze("Engineer", text);
        (
            r.required_skills
                .iter()
                .map(|a| a.skill.to_string())
                .collect::<Vec<_>>(),
            r.preferred_skills
                .iter()
                .map(|a| a.skill.to_string())
                .collect::<Vec<_>>(),
        )
    };
    let want = |req: &[&str], pref: &[&str]| {
        (
            req.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
            pref.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
        )
    };
    assert_eq!(
        sides(
            "Key Skills & Experience\n1. Python\n2. Django\nDesirable but not essential\n1. Celery"
        ),
        want(&["Python", "Django"], &["Celery"])
    );
    assert_eq!(
        sides("Your profile\n- C#\nGood to know\n- Blazor"),
        want(&["C#"], &["Blazor"])
    );
    assert_eq!(
        sides("Extra credit\n- Elixir\nThe basics\n- Ruby on Rails"),
        want(&["Ruby on Rails"], &["Elixir"])
    );
}

/// `Excel and PowerPoint` lists two tools; `excel and grow` is the verb.
#[test]
fn excel_in_a_list_is_the_spreadsheet() {
    let required = |line: &str| {
        let r = analyzer().analyze("Analyst", &format!("Requirements\n- {line}"));
        names(&r.required_skills).join(",")
    };
    assert_eq!(
        required("Strong Excel and PowerPoint skills"),
        "Microsoft Excel,Microsoft PowerPoint"
    );
    assert_eq!(
        required("A place to excel and grow with PowerPoint"),
        "Microsoft PowerPoint"
    );
}

/// What the job teaches is no requirement: hoped for at most, wherever
/// else the listing names it.
#[test]
fn what_the_job_teaches_is_not_required() {
    for (text, required, preferred) in [
        (
            "Requirements\n- CRM experience\n- Training provided in Salesforce.",
            "",
            "Salesforce",
        ),
        (
            "About the role\nYou'll work in SAP every day; we'll train you on SAP.",
            "",
            "SAP",
        ),
        (
            "Requirements\n- Python; we\u{2019}ll teach you Go",
            "Python",
            "Go",
        ),
        (
            "Requirements\n- Python; we'll train you in Rust",
            "Python",
            "Rust",
        ),
        (
            "About the role\nYou'll get the chance to learn Rust.",
            "",
            "Rust",
        ),
    ] {
        let r = analyzer().analyze("Engineer", text);
        assert_eq!(
            (
                names(&r.required_skills).join(","),
                names(&r.preferred_skills).join(",")
            ),
            (required.to_owned(), preferred.to_owned()),
            "{text}"
        );
    }
}

/// An everyday word joined to a skill by `as well as`, `but also`, `plus`
/// is one of a list.
#[test]
fn lists_joined_in_words() {
    for line in [
        "Python as well as Go",
        "Python but also Go",
        "Python plus Go",
    ] {
        let r = analyzer().analyze("Engineer", &format!("Requirements\n- {line}"));
        assert_eq!(names(&r.required_skills), ["Python", "Go"], "{line}");
    }
}

/// A duties heading after an introduction about the team ends that
/// introduction: what the duties name is asked.
#[test]
fn key_duties_end_an_introduction() {
    let r = analyzer().analyze(
        "APS6 Software Developer",
        "About the team\nThe branch builds services using .NET and Azure.\n\nKey duties\n\
         - Develop and maintain C# applications\n- Participate in Agile ceremonies",
    );
    assert_eq!(names(&r.required_skills), ["C#", "Agile"]);
    assert_eq!(names(&r.context_skills), [".NET", "Azure"]);
}

/// Labels of importance inside one line speak of what follows them.
#[test]
fn labels_of_importance_on_one_line() {
    let sides = |text: &str| {
        let r = analyzer().analyze("Engineer", text);
        (
            names(&r.required_skills).join(","),
            names(&r.preferred_skills).join(","),
        )
    };
    for line in [
        "Must have - Kotlin | Nice to have - Scala",
        "Mandatory: Kotlin, Optional: Scala",
        "Required: Kotlin / Preferred: Scala",
    ] {
        assert_eq!(
            sides(line),
            ("Kotlin".to_owned(), "Scala".to_owned()),
            "{line}"
        );
    }
    // A name that is also an everyday word counts after a label that
    // follows a sentence or a bar on the same line.
    for line in [
        "Must have: Python. Nice to have: Rust",
        "Must have: Python | Nice to have: Rust, Go",
    ] {
        let (required, preferred) = sides(line);
        assert_eq!(required, "Python", "{line}");
        assert!(preferred.starts_with("Rust"), "{line}: {preferred}");
    }
    // Said of the skill before it, the word is no label.
    assert_eq!(
        sides("Requirements\n- Kotlin is preferred: we build on it"),
        (String::new(), "Kotlin".to_owned())
    );
}

/// A label opening a line speaks for all of it, past the first `;` or
/// full stop, and not for the lines after it.
#[test]
fn a_label_opening_a_line_speaks_for_the_whole_line() {
    let r = analyzer().analyze(
        "Backend Engineer",
        "We build payment services.\n\nRequirements: Python; PostgreSQL.\n\n\
         Nice to have: experience with Kafka and event-driven systems; familiarity with Rust or Go.",
    );
    assert_eq!(names(&r.required_skills), ["Python", "PostgreSQL"]);
    assert_eq!(
        names(&r.preferred_skills),
        ["Apache Kafka", "Event-driven architecture", "Rust"]
    );
    assert_eq!(&*r.preferred_skills[2].alternatives[0], "Go");
    // A label in the middle of a line speaks for its sentence; what
    // follows is read as its own words say.
    let r = analyzer().analyze(
        "Backend Engineer",
        "Requirements: Go. Nice to have: Kafka. Familiarity with Rust is also welcome.",
    );
    assert_eq!(names(&r.required_skills), ["Go"]);
    assert_eq!(names(&r.preferred_skills), ["Apache Kafka", "Rust"]);
    // The company's own words after `About us:` are context, past the
    // first `;`; the next line is read under the heading before it.
    let r = analyzer().analyze(
        "Backend Engineer",
        "About us: we built our platform in Scala; our data lives in Snowflake.\n\
         Strong Kotlin experience is a must.",
    );
    assert_eq!(names(&r.context_skills), ["Scala", "Snowflake"]);
    assert_eq!(names(&r.required_skills), ["Kotlin"]);
}

/// Text wrapped at a fixed width (e-mails, PDFs, plain-text exports) is
/// read by its paragraphs: a label's reach, a sentence's evidence and the
/// context of an everyday word go on past the line breaks that wrap it,
/// and every span still lines up with the text as given.
#[test]
fn a_hard_wrapped_listing_reads_as_its_paragraphs() {
    let text = "We are hiring a backend engineer to join the payments team and build the\n\
                services that move money for thousands of merchants across the region.\n\
                \n\
                Requirements: five or more years building backend services in Python; strong\n\
                knowledge of PostgreSQL and Redis; experience with Docker and continuous delivery.\n\
                \n\
                Nice to have: exposure to Kubernetes, Terraform or other infrastructure-as-code tools;\n\
                experience with Kafka and event-driven systems; familiarity with Rust or Go for\n\
                performance-sensitive services.\n";
    let r = analyzer().analyze("Backend Engineer", text);
    assert_eq!(
        names(&r.required_skills),
        [
            "Python",
            "PostgreSQL",
            "Redis",
            "Docker",
            "Continuous delivery"
        ]
    );
    assert_eq!(
        names(&r.preferred_skills),
        [
            "Kubernetes",
            "Infrastructure as code",
            "Apache Kafka",
            "Event-driven architecture",
            "Rust"
        ]
    );
    assert_eq!(
        r.required_skills[1].evidence,
        "strong knowledge of PostgreSQL and Redis"
    );
    assert_eq!(
        r.preferred_skills[4].evidence,
        "familiarity with Rust or Go for performance-sensitive services"
    );
    // The same with Windows line breaks (a wrapping `\r\n` is two spaces).
    let windows = analyzer().analyze("Backend Engineer", &text.replace('\n', "\r\n"));
    let asks = |r: &JdReport| {
        let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        (r.required_skills.iter().chain(&r.preferred_skills))
            .map(|s| format!("{} ({})", s.skill, words(&s.evidence)))
            .collect::<Vec<_>>()
    };
    assert_eq!(asks(&windows), asks(&r));
    // Spans found in the text the analyzer reads are the text's own.
    let cleaned = analyzer().clean_text(text);
    assert_eq!(cleaned.len(), text.len());
    for s in extractor().extract_spans(&cleaned) {
        assert_eq!(&text[s.start..s.end], s.text, "{s:?}");
    }
    // A list one item a line, and a heading after a long line, keep their breaks.
    let r = analyzer().analyze(
        "Backend Engineer",
        "You will design and build the services behind our payments platform with\n\
         Python\nDjango\nnice to have\nKubernetes",
    );
    assert_eq!(names(&r.required_skills), ["Python", "Django"]);
    assert_eq!(names(&r.preferred_skills), ["Kubernetes"]);
}

/// Headings a listing may open with or use for its second list.
#[test]
fn more_headings_in_their_usual_words() {
    let sides = |text: &str| {
        let r = analyzer().analyze("", text);
        (
            names(&r.required_skills).join(","),
            names(&r.preferred_skills).join(","),
            names(&r.context_skills).join(","),
        )
    };
    let want = |r: &str, p: &str, c: &str| (r.to_owned(), p.to_owned(), c.to_owned());
    // Opening the text, a heading that names a role is no job title.
    assert_eq!(sides("Role Description\n- Kotlin"), want("Kotlin", "", ""));
    assert_eq!(
        sides("Requirements\n- Java\nHighly Desirable\n- Kotlin"),
        want("Java", "Kotlin", "")
    );
    assert_eq!(
        sides("Requirements\n- Java\nBenefits & Perks\n- Free Kotlin training"),
        want("Java", "", "Kotlin")
    );
    assert_eq!(
        sides("About the opportunity\n- Build services in Kotlin\nWhat we're offering\n- Free Scala training"),
        want("Kotlin", "", "Scala")
    );
    assert_eq!(
        sides("Requirements\n- Java\nPlus points\n- Kotlin"),
        want("Java", "Kotlin", "")
    );
}

/// `Spring` in a program's name is the season, not the framework.
#[test]
fn spring_the_season_is_no_framework() {
    for title in [
        "Spring Graduate Program 2027",
        "Spring Internship - Software",
    ] {
        let r = analyzer().analyze(title, "Join our program.");
        assert!(
            r.required_skills.is_empty(),
            "{title}: {:?}",
            r.required_skills
        );
    }
    let r = analyzer().analyze("Java Developer", "Requirements\n- Spring Boot and Spring");
    assert_eq!(names(&r.required_skills), ["Java", "Spring Boot", "Spring"]);
}

/// `Ninja` is a build tool in a list of them and a role noun in a title:
/// the list is not a title (`Python, Ninja, Go` asked only Ninja), and the
/// title's noun is no tool.
#[test]
fn a_role_noun_that_is_also_a_tool() {
    let required = |text: &str| {
        let r = analyzer().analyze("", text);
        names(&r.required_skills).join(",")
    };
    assert_eq!(
        required("Requirements\n- Python, Ninja, Go"),
        "Python,Ninja,Go"
    );
    assert_eq!(
        required("Requirements\n- Build systems: CMake, Ninja, Bazel"),
        "CMake,Ninja,Bazel"
    );
    assert_eq!(
        required("Senior Python Ninja\nRequirements\n- Django"),
        "Python,Django"
    );
}

/// A product that is the employer speaking of itself (`Join the SAP
/// journey`, `Oracle is an equal opportunity employer`, `Oracle's
/// employment process`) is no skill asked; the same name asked for stands.
#[test]
fn the_employer_named_in_its_own_boilerplate_is_not_asked() {
    let r = analyzer().analyze(
        "Senior Accountant",
        "Join the SAP journey and help us shape the future of finance.\n\n\
         Requirements:\n- 5+ years in accounting\n- Experience with Excel\n\n\
         At SAP, we believe in inclusion. Oracle is an equal opportunity employer.\n\
         Oracle's employment process includes a background check.",
    );
    assert_eq!(names(&r.required_skills), ["Microsoft Excel"]);
    assert!(r.preferred_skills.is_empty() && r.context_skills.is_empty());
    let r = analyzer().analyze(
        "SAP Consultant",
        "Requirements:\n- Experience with SAP is essential\n- Oracle is an advantage",
    );
    assert_eq!(names(&r.required_skills), ["SAP"]);
    assert_eq!(names(&r.preferred_skills), ["Oracle Database"]);
    let r = analyzer().analyze(
        "Data Engineer",
        "Snowflake is growing fast, and we're looking for people who share our values.\n\
         Requirements:\n- Python\n\nWorkday's Talent Acquisition team will be in touch.",
    );
    assert_eq!(names(&r.required_skills), ["Python"]);
}

/// A skill the listing denies where it names it is no ask (`no Java
/// please`, `Not a PHP role`, `We don't use Angular anymore`); a waiver
/// (`No prior Kubernetes experience needed`) leaves it hoped for.
#[test]
fn a_skill_denied_where_it_is_named_is_not_asked() {
    let read = |line: &str| {
        let r = analyzer().analyze("Engineer", &format!("Requirements\n- {line}"));
        (
            names(&r.required_skills).join(","),
            names(&r.preferred_skills).join(","),
        )
    };
    for (line, required, preferred) in [
        ("Python (no Java please, we've moved on)", "Python", ""),
        ("We don't use Angular anymore; React only", "React", ""),
        ("Not a PHP role", "", ""),
        ("No prior Kubernetes experience needed", "", "Kubernetes"),
        ("Not just Python but also Kotlin", "Python,Kotlin", ""),
    ] {
        assert_eq!(
            read(line),
            (required.to_owned(), preferred.to_owned()),
            "{line}"
        );
    }
}

/// [`years_per_skill`] with owned names, to compare with literals.
fn years_per_skill_owned(r: &kairos_core::analysis::JdReport) -> Vec<(String, f64)> {
    years_per_skill(r)
        .into_iter()
        .map(|(skill, min)| (skill.to_owned(), min))
        .collect()
}

/// Years spent `for` after the skill they were spent on (`writing Rust
/// professionally for 3+ years`) are that skill's; the company's own
/// (`We have been building with Go for 8 years`) are no ask.
#[test]
fn years_spent_on_a_skill_named_before_them() {
    let years = |text: &str| {
        let r = analyzer().analyze("Backend Engineer", text);
        let overall = r.years_experience.as_ref().map(|y| y.min);
        let per_skill: Vec<(String, f64)> = r
            .skill_years
            .iter()
            .map(|y| (y.skill.as_deref().unwrap_or_default().to_owned(), y.min))
            .collect();
        (overall, per_skill)
    };
    assert_eq!(
        years("Requirements\n- You have been writing Rust professionally for 3+ years"),
        (None, vec![("Rust".to_owned(), 3.0)])
    );
    assert_eq!(
        years("Requirements\n- You've used Python and Django for at least 5 years"),
        (
            None,
            vec![("Python".to_owned(), 5.0), ("Django".to_owned(), 5.0)]
        )
    );
    // Only the clause the years end: not a skill named before a comma.
    assert!(
        years("Requirements\n- Strong Kotlin, and you have been an engineer for 6 years")
            .1
            .is_empty()
    );
    assert_eq!(
        years("We have been building with Go for 8 years."),
        (None, vec![])
    );
    // A pronoun points back past its clause.
    assert_eq!(
        years("Requirements\n- Experience with React, having used it for 3 years"),
        (None, vec![("React".to_owned(), 3.0)])
    );
}

#[test]
fn years_of_the_company_s_history_are_not_an_ask() {
    let overall = |text: &str| {
        analyzer()
            .analyze("Engineer", text)
            .years_experience
            .map(|y| y.min)
    };
    for text in [
        "We have been an industry leader for 20 years.",
        "For over 30 years our professional services team has helped clients.",
        "For over 30 years, our team has helped clients.",
        "We've been building software for more than 15 years.",
        "Our company has been in business for 25 years and is growing.",
        "About us\nFounded in 1998, we have 25 years of industry experience in payments.",
        "Graduates spend 2 years in a rotation programme.",
        // What the company's people have or bring.
        "Requirements\n- Our founders bring 20 years of experience in payments.",
        "Our team has over 30 years of combined experience.",
        "Our founders bring two decades of experience in payments.",
    ] {
        assert_eq!(overall(text), None, "{text}");
    }
    // The company's aside inside an ask is still its history.
    assert_eq!(
        overall("We're looking for a developer to join a remote (we've been remote-first for 5 years) startup."),
        None
    );
    assert_eq!(overall("Our founders have 30 years in software."), None);
    let r = analyzer().analyze(
        "Engineer",
        "We have used Python in production for 10 years.",
    );
    assert!(r.skill_years.is_empty(), "{:?}", r.skill_years);
    // Asks of the reader are asks, with `for`, `we` or `our` in them.
    for (text, years) in [
        ("You have worked for 5+ years as a software engineer.", 5.0),
        (
            "We are looking for someone with 5+ years of commercial experience.",
            5.0,
        ),
        (
            "Requirements\n- 8+ years in infrastructure/DevOps roles",
            8.0,
        ),
        (
            "Requirements\n- Our ideal candidate has worked in industry for 4 years.",
            4.0,
        ),
        ("Requirements\n- 5+ years as a software engineer", 5.0),
        ("Requirements\n2-4 years in a data analyst role.", 2.0),
        ("Requirements\n- 3 years in a similar position", 3.0),
        (
            "Lead a team of 8 engineers. 10+ years in software, 3+ managing.",
            10.0,
        ),
        (
            "Requirements\n- 6+ years in a senior engineering capacity",
            6.0,
        ),
        (
            "About us\nWe're a fintech. What we're looking for: 3-5 years of experience with APIs.",
            3.0,
        ),
        (
            "Benefits\n- Health insurance\nREQUIRED PROFILE\n- At least 2 years of experience",
            2.0,
        ),
        ("Requirements\n- You have 4 years of experience", 4.0),
        ("We need someone who has 6 years of experience.", 6.0),
        // A decade is ten years.
        (
            "Requirements\n- Over a decade of experience in software",
            10.0,
        ),
        ("You bring two decades of experience in finance.", 20.0),
        // Months of experience are a twelfth of a year each.
        ("Requirements\n- 6+ months of professional experience", 0.5),
    ] {
        assert_eq!(overall(text), Some(years), "{text}");
    }
    // Per skill too; a contract's months ask nothing.
    let r = analyzer().analyze(
        "Junior DevOps Engineer",
        "6 month contract, then permanent.\n\nRequirements\n\
         - 6 months of experience with Terraform\n\
         - 18 months of hands-on Python experience",
    );
    let per_skill = years_per_skill(&r);
    assert_eq!(per_skill, [("Terraform", 0.5), ("Python", 1.5)]);
    assert_eq!(r.years_experience, None);
}

/// The details a job board lists under a listing pasted whole label the
/// listing: their words are no asks, and the level label still reads.
#[test]
fn a_job_boards_details_are_no_asks() {
    let r = analyzer().analyze(
        "",
        "Platform Engineer\n\nQualifications\n- Terraform\n\nShow more\nSeniority level\n\
         Mid-Senior level\nEmployment type\nFull-time\nJob function\nEngineering\n\
         Industries\nSoftware Development",
    );
    let asked: Vec<&str> = r
        .required_skills
        .iter()
        .chain(&r.preferred_skills)
        .map(|a| &*a.skill)
        .collect();
    assert_eq!(asked, ["Terraform"]);
    let kw = |term: &str| {
        r.keywords
            .iter()
            .find(|k| &*k.term == term)
            .map(|k| k.weight)
    };
    assert_eq!(kw("Software development"), Some(1.0), "context weight");
    assert_eq!(
        r.seniority.map(|s| s.level),
        Some(kairos_core::analysis::Seniority::Senior)
    );
}

/// A question about work rights asks the applicant, it requires nothing:
/// SEEK's employer questions come with listings that sponsor too.
#[test]
fn questions_about_work_rights_require_nothing() {
    let r = analyzer().analyze(
        "Engineer",
        "Employer questions\nWhich of the following statements best describes your right to \
         work in Australia?\nAre you an Australian citizen?",
    );
    let w = &r.work_rights;
    assert_eq!(
        (
            w.visa_sponsorship.value,
            w.citizenship_required.value,
            w.pr_required.value
        ),
        (None, None, None)
    );
    // The statement after a question is read.
    let r = analyzer().analyze(
        "Engineer",
        "Do you hold full working rights? If not, we can sponsor your visa.",
    );
    assert_eq!(r.work_rights.visa_sponsorship.value, Some(true));
}

/// Each way of saying the applicant must already hold the right to work
/// brings its sentence to be read, and says no sponsorship.
#[test]
fn rights_the_applicant_must_hold_say_no_sponsorship() {
    let cases: [(Option<bool>, &[&str]); 3] = [
        (
            Some(false),
            &[
                "Applicants must have the right to live and work in the UK.",
                "You must have the right to work in the UK.",
                "Candidates must be authorized to work in the US without sponsorship now or in the future.",
                "Applicants must have unrestricted rights to work in Australia.",
                // Said of the offer, or of who may apply.
                "Sponsorship is not offered for this role.",
                "Visa sponsorship cannot be provided.",
                "Temporary visa holders need not apply.",
                "Please note we are not able to provide visa sponsorship.",
                "We do not offer visa sponsorship for this role.",
                // An offer's wording, denied before or after it.
                "Unfortunately we can't offer visa support.",
                "We are not open to sponsorship.",
                "No visa transfer.",
                "We're not currently able to sponsor visas.",
                "Work permit support is not available.",
                "Sponsorship for the right candidate is not possible.",
                "We will not be able to support visa applications.",
                "We can't help with visas.",
                // A job board's labels.
                "Visa sponsorship: No",
                "Sponsorship available: No",
                "Sponsorship: not available",
                // The verb, of visas.
                "We do not currently sponsor work visas.",
                "We are not currently sponsoring visas.",
            ][..],
        ),
        // A denial in another clause, or of whom the offer is for, leaves it.
        (
            Some(true),
            &[
                "No relocation, but we provide visa sponsorship.",
                "Visa sponsorship is available for candidates who do not hold rights.",
                "We can sponsor visas.",
                // Help with visas among other things.
                "We can support relocation and work visas for candidates moving to NZ.",
                "Visa sponsorship: Yes",
                "Fernhill sponsors visas for qualified candidates.",
                "Visa sponsorship is provided for the right candidate.",
                "This role is eligible for visa sponsorship.",
            ][..],
        ),
        // Rights of another kind, and a sponsorship not denied, say nothing.
        (
            None,
            &[
                "We respect everyone's rights to work flexibly.",
                "Sponsorship cannot be ruled out for the right candidate.",
                "You must provide a valid visa.",
                "Help desk support for visa holders.",
            ][..],
        ),
    ];
    for (want, texts) in cases {
        for text in texts {
            let r = analyzer().analyze("Engineer", text);
            assert_eq!(r.work_rights.visa_sponsorship.value, want, "{text}");
        }
    }
}

/// Who may apply, as (pr required, citizenship required, sponsorship).
fn rights(text: &str) -> (Option<bool>, Option<bool>, Option<bool>) {
    let w = analyzer().analyze("Engineer", text).work_rights;
    (
        w.pr_required.value,
        w.citizenship_required.value,
        w.visa_sponsorship.value,
    )
}

/// Citizens beside holders of a work permit or of work authorization may
/// apply with rights of their own; `US` in capitals is the country, not
/// the company's `us`.
#[test]
fn citizens_or_holders_of_a_permit_need_rights_not_citizenship() {
    for text in [
        "Only EU citizens or holders of a valid EU work permit will be considered.",
        "US citizens or anyone with existing work authorization may apply.",
        "Open to US citizens or those with valid work authorization.",
    ] {
        assert_eq!(
            rights(text),
            (Some(false), Some(false), Some(false)),
            "{text}"
        );
    }
}

/// A graduate program's eligibility: citizens and residents, and then
/// graduate visa holders too. The later sentence widens the earlier one.
#[test]
fn visa_holders_welcomed_after_a_residence_ask_widen_it() {
    let text = "Eligibility\nTo be eligible you must be an Australian or New Zealand citizen, \
                or an Australian permanent resident. International students on a temporary \
                graduate visa (subclass 485) are also welcome to apply.";
    assert_eq!(rights(text), (Some(false), Some(false), None));
    let r = analyzer().analyze("Graduate Engineer", text);
    assert!(r
        .work_rights
        .pr_required
        .evidence
        .as_deref()
        .is_some_and(|e| e.contains("subclass 485")));
}

/// Rights a listing would like, or says it does not need, are asked of
/// no one; a hedge beside a demand speaks of the rest of the sentence.
#[test]
fn rights_preferred_or_not_required_are_not_asked() {
    for text in [
        "Australian PR not required.",
        "Permanent residents preferred.",
        "US citizens preferred.",
        "Secret clearance preferred.",
        "Australian citizens or permanent residents preferred.",
        // Denied where it is named.
        "You do not need to be an Australian citizen to apply.",
        "Australian citizenship is not necessary.",
        "Citizenship is not a requirement for this role.",
        "This role does not require citizenship.",
        "Non-citizens are welcome to apply.",
        "You do not need to be a citizen or permanent resident.",
        "We provide relocation; you do not need to be a PR.",
        // A job board's label, answered no.
        "Security clearance required: No",
        "Citizenship required: No",
    ] {
        assert_eq!(rights(text), (None, None, None), "{text}");
    }
    // A denial of something else, or of some of the mentions, leaves the ask.
    for text in [
        "Must be a citizen; non-citizens need not apply.",
        "Must be an Australian citizen and not a visa holder.",
        "No visa holders - must be an Australian citizen.",
    ] {
        assert_eq!(rights(text).1, Some(true), "{text}");
    }
    assert_eq!(
        rights("Must be an Australian citizen, and an NV1 clearance is preferred."),
        (Some(true), Some(true), Some(false))
    );
}

/// A job only citizens or permanent residents may take sponsors no visa:
/// said so on its own, the residence asked is the evidence; a word of
/// sponsorship elsewhere is read as the listing says it.
#[test]
fn a_residence_asked_says_no_visa_is_sponsored() {
    for text in [
        "Australian citizens or permanent residents only.",
        "Due to the nature of the work, you must be a US citizen.",
        "Must be able to obtain a Baseline clearance.",
    ] {
        let w = analyzer().analyze("Engineer", text).work_rights;
        assert_eq!(w.pr_required.value, Some(true), "{text}");
        assert_eq!(w.visa_sponsorship.value, Some(false), "{text}");
        assert_eq!(
            w.visa_sponsorship.evidence, w.pr_required.evidence,
            "{text}"
        );
    }
    // Asked only as a preference, it says nothing of sponsorship.
    assert_eq!(rights("Permanent residents preferred.").2, None);
    let w = analyzer()
        .analyze(
            "Engineer",
            "You must have the right to work in the UK.\nUK citizens only.",
        )
        .work_rights;
    assert_eq!(
        w.visa_sponsorship.evidence.as_deref(),
        Some("You must have the right to work in the UK")
    );
}

#[test]
fn australian_work_rights_wording() {
    let r = analyzer().analyze("Analyst", "You must hold a current Positive Vetting.");
    assert_eq!(r.work_rights.citizenship_required.value, Some(true));
    let r = analyzer().analyze("Analyst", "Applicants need PR status.");
    assert_eq!(r.work_rights.pr_required.value, Some(true));
    let r = analyzer().analyze("Backend Engineer", SEEK_JD);
    assert_eq!(r.work_rights.pr_required.value, Some(true));
    assert_eq!(r.work_rights.citizenship_required.value, Some(false));
    assert_eq!(r.work_rights.visa_sponsorship.value, Some(false));
    assert!(r
        .work_rights
        .visa_sponsorship
        .evidence
        .as_deref()
        .is_some_and(|e| e.contains("unable to sponsor")));

    let r = analyzer().analyze("Developer", "Must have full Australian working rights.");
    assert_eq!(r.work_rights.visa_sponsorship.value, Some(false));
    assert_eq!(
        r.work_rights.citizenship_required.value, None,
        "unknown stays unknown"
    );
    for yes in [
        "482 visa sponsorship available for the right candidate.",
        "Immigration sponsorship is available for this role.",
    ] {
        let r = analyzer().analyze("Developer", yes);
        assert_eq!(r.work_rights.visa_sponsorship.value, Some(true), "{yes}");
    }
    for no in [
        "This role is not eligible for visa sponsorship.",
        "Visa sponsorship will not be provided.",
        "We are not in a position to sponsor visas.",
        // US wordings that qualify the sponsorship.
        "This position is not eligible for immigration sponsorship now or in the future.",
        "We are unable to provide employment-based immigration sponsorship for this role.",
        "Acme does not sponsor work visas.",
        "No H-1B sponsorship is available for this role.",
    ] {
        let r = analyzer().analyze("Developer", no);
        assert_eq!(r.work_rights.visa_sponsorship.value, Some(false), "{no}");
    }
    // Curly apostrophes, as pasted from a word processor, read as straight ones.
    let r = analyzer().analyze("Developer", "Sorry, we can’t sponsor visas for this role.");
    assert_eq!(r.work_rights.visa_sponsorship.value, Some(false));
    let r = analyzer().analyze("Developer", "Intro.\nWe’re built on Kafka.");
    assert_eq!(names(&r.context_skills), ["Apache Kafka"]);
    let r = analyzer().analyze("Developer", "Nothing about rights here.");
    assert_eq!(
        (
            r.work_rights.pr_required.value,
            r.work_rights.citizenship_required.value,
            r.work_rights.visa_sponsorship.value
        ),
        (None, None, None)
    );
}

#[test]
fn clearance_levels_imply_citizenship() {
    for text in [
        "Applicants must hold or be able to obtain a Baseline clearance.",
        "An active NV1 security clearance is required.",
        "NV2 clearance mandatory.",
        "Candidates must be eligible for Negative Vetting 1.",
        "Active TS/SCI clearance with polygraph.",
        "US Secret clearance required for this role.",
    ] {
        let r = analyzer().analyze("Engineer", text);
        assert_eq!(
            r.work_rights.citizenship_required.value,
            Some(true),
            "{text}"
        );
    }
    // `Baseline Cleared`, as Australian titles put it, is the clearance;
    // a baseline of anything else is not.
    for (title, text, citizenship) in [
        (
            "Baseline Cleared Java Developer",
            "Build services.",
            Some(true),
        ),
        ("Data Engineer", "Must be Baseline cleared.", Some(true)),
        ("Data Engineer", "Active Baseline required.", Some(true)),
        (
            "Performance Engineer",
            "Set a performance baseline for every service.",
            None,
        ),
        (
            "Data Engineer",
            "Baseline metrics are cleared weekly.",
            None,
        ),
    ] {
        let r = analyzer().analyze(title, text);
        assert_eq!(
            r.work_rights.citizenship_required.value, citizenship,
            "{title}: {text}"
        );
    }
}

#[test]
fn a_security_clearance_is_a_work_right_not_the_security_skill() {
    for (text, citizenship) in [
        ("You must hold a current security clearance.", Some(true)),
        (
            "Must be an Australian citizen able to obtain a Baseline security clearance.",
            Some(true),
        ),
        ("Applicants need to be security cleared to NV1.", Some(true)),
        // UK vetting (BPSS, SC) asks no citizenship: vetting alone says nothing.
        ("Successful candidates will undergo security vetting.", None),
    ] {
        let r = analyzer().analyze("Data Engineer", text);
        assert_eq!(
            r.work_rights.citizenship_required.value, citizenship,
            "{text}"
        );
        let all = r
            .required_skills
            .iter()
            .chain(&r.preferred_skills)
            .chain(&r.context_skills)
            .map(|s| &*s.skill)
            .chain(r.keywords.iter().map(|k| &*k.term))
            .collect::<Vec<_>>();
        assert!(!all.contains(&"Security"), "{text}: {all:?}");
    }
    // Security asked for as a skill still is one.
    let r = analyzer().analyze(
        "Engineer",
        "Requirements: experience in information security and Python.",
    );
    assert!(r.keywords.iter().any(|k| &*k.term == "Security"));
    // (`application security` is its own skill, which implies Security.)
    let r = analyzer().analyze(
        "Engineer",
        "Requirements: experience in application security and Python.",
    );
    assert!(r
        .keywords
        .iter()
        .any(|k| &*k.term == "Application security"));
}

/// The currency of the pay a listing states (it must state pay).
fn pay_currency(text: &str) -> Option<String> {
    analyzer()
        .analyze("Engineer", text)
        .salary
        .unwrap_or_else(|| panic!("no salary in {text}"))
        .currency
}

/// Pay ranges often follow a sentence naming the country whose markets
/// they cover: the paragraph's one country names the dollars, two name none.
#[test]
fn dollars_take_the_one_country_their_paragraph_names() {
    let cases: &[(&str, Option<&str>)] = &[
        (
            "Our compensation reflects the cost of labor across several US geographic markets. \
             The base pay for this position ranges from $136,000/year in our lowest geographic \
             market up to $260,000/year in our highest geographic market.",
            Some("USD"),
        ),
        (
            "This role is open to candidates anywhere in Canada. Salary: $95,000 - $115,000.",
            Some("CAD"),
        ),
        (
            "We hire in the US and in Canada. Salary: $95,000 - $115,000.",
            None,
        ),
        // Another paragraph's country says nothing of these dollars.
        ("We are a US company.\n\nSalary: $95,000 - $115,000.", None),
    ];
    for (text, currency) in cases {
        assert_eq!(pay_currency(text).as_deref(), *currency, "{text}");
    }
}

/// A listing's retirement savings name its dollars when no sentence or
/// paragraph does: 401(k) the US's, super Australia's, KiwiSaver New
/// Zealand's; two of them name none.
#[test]
fn dollars_take_the_country_of_the_listings_retirement_savings() {
    for (text, currency) in [
        (
            "Pay: $120,000.00 - $140,000.00 per year\nBenefits:\n401(k)\nHealth insurance",
            Some("USD"),
        ),
        (
            "Salary: $95,000 - $105,000\n\nWhat we offer\n- 12% superannuation",
            Some("AUD"),
        ),
        ("Salary: $95,000\nKiwiSaver matched at 4%", Some("NZD")),
        (
            "Salary: $95,000\n401(k) for US staff, superannuation for Australians",
            None,
        ),
        ("Salary: €95,000\n401(k)", Some("EUR")),
    ] {
        assert_eq!(pay_currency(text).as_deref(), currency, "{text}");
    }
}

/// Where a listing places the job names its dollars when no sentence or
/// paragraph of the pay does: the country its work rights name, or a
/// state written after a place (`Austin, TX`); two countries name none.
#[test]
fn dollars_take_the_country_the_listing_places_the_job_in() {
    for (text, currency) in [
        (
            "Pay: $60 - $70/hr on W2\n\nMust be authorized to work in the United States \
             without sponsorship now or in the future.",
            Some("USD"),
        ),
        (
            "Location: Austin, TX 78701\nPay: $60 - $70/hr on W2",
            Some("USD"),
        ),
        (
            "Sydney NSW 2000\n\nSalary: $140,000 - $160,000",
            Some("AUD"),
        ),
        (
            "Salary: $140,000 - $160,000\n\nYou must be an Australian citizen.",
            Some("AUD"),
        ),
        (
            "Toronto, ON\n\nSalary: $95,000 - $115,000\n\nApplicants must be eligible \
             to work in Canada.",
            Some("CAD"),
        ),
        (
            "Salary: $95,000\n\nOpen to US citizens and Canadian citizens alike.",
            None,
        ),
        // Capitals in a sentence are no state; `WA` is Washington's or
        // Western Australia's by the city before it.
        ("Salary: $95,000\n\nSTRONG IN SQL OR PYTHON", None),
        ("Perth, WA\n\nSalary: $95,000", Some("AUD")),
        ("Seattle, WA\n\nSalary: $95,000", Some("USD")),
        ("Spokane, WA\n\nSalary: $95,000", None),
        ("Sacramento, CA\n\nSalary: $95,000", Some("USD")),
        // Figures with no mark take the place's dollars too; crowns do not.
        (
            "Location: Austin, TX\n\nSalary: 120,000 - 140,000",
            Some("USD"),
        ),
        ("Sydney NSW\n\nSalary: 75-85k", Some("AUD")),
        ("Location: Remote (US)\n\nSalary: kr432k - 576k", None),
        // A location line names the country; a market elsewhere does not.
        (
            "Location: Remote (US)\n\nSalary: $150k - $180k",
            Some("USD"),
        ),
        (
            "Acme · United States (Remote)\n\nPay: $60 - $70/hr",
            Some("USD"),
        ),
        (
            "Location: Toronto, Canada\n\nSalary: $95,000 - $115,000",
            Some("CAD"),
        ),
        // A city on a location line, or after a startup's pin.
        ("📍 NYC, in-person 4 days/week\n💰 $150k–$190k", Some("USD")),
        (
            "Location: San Francisco (hybrid)\n\nSalary: $180k - $220k",
            Some("USD"),
        ),
        ("📍 Melbourne or Sydney\n\nSalary: $140k", Some("AUD")),
        ("📍 Seattle or Vancouver\n\nSalary: $140k", None),
        // A line that opens with `Remote`, or a globe, says where too.
        (
            "💰 Comp: $140k–$170k\n🌏 Remote within US time zones",
            Some("USD"),
        ),
        ("Remote (Canada)\n\nSalary: $120k", Some("CAD")),
        (
            "Salary: $120k\n\nRemote work is possible for people across the US and Canada.",
            None,
        ),
        // A country the listing limits the job to, wherever it says so.
        (
            "Join our Growth team (remote, US only).\n\nCompensation: $160k–$190k",
            Some("USD"),
        ),
        (
            "This role is remote within the US.\n\nSalary: $160k–$190k",
            Some("USD"),
        ),
        (
            "Candidates must be located in Canada.\n\nSalary: $120k",
            Some("CAD"),
        ),
        ("US-only, remote.\n\nSalary: $120k", Some("USD")),
        (
            "Remote for people based in Australia or the US-only team.\n\nSalary: $120k",
            None,
        ),
        ("Contact us only by email.\n\nSalary: $120k", None),
        ("We have offices in Seattle.\n\nSalary: $140k", None),
        (
            "We sell to customers across the US and Canada.\n\nSalary: $95,000",
            None,
        ),
        // A word that only starts like a place's country says nothing.
        (
            "Salary: $95,000\n\nYou will work in the user research team.",
            None,
        ),
    ] {
        assert_eq!(pay_currency(text).as_deref(), currency, "{text}");
    }
}

/// Only Australia pays super and only New Zealand KiwiSaver: dollars that
/// come with either are that country's, even when the sentence names no
/// country (`$75,000 - $85,000 + super`); a currency written out still wins.
#[test]
fn pay_with_super_is_in_australian_dollars_and_with_kiwisaver_in_new_zealand_dollars() {
    let cases: &[(&str, Option<&str>)] = &[
        ("$75,000 - $85,000 + super", Some("AUD")),
        ("Paying 120-140k + super", Some("AUD")),
        ("$130,000 including 11.5% super, plus bonus", Some("AUD")),
        ("$110 - $130 per hour inc. super", Some("AUD")),
        (
            "Base salary of $130,000 plus 11.5% superannuation",
            Some("AUD"),
        ),
        // `+ super` after the sentence's end at `p.a.`.
        ("Salary $95k p.a. + super", Some("AUD")),
        // Super left out of the pay, or inside it, in words.
        ("Salary: $130,000 excl. super", Some("AUD")),
        ("$120k - $135k ex super", Some("AUD")),
        (
            "Package: $160,000 - $180,000 (inclusive of super)",
            Some("AUD"),
        ),
        ("$110k - $130k + KiwiSaver", Some("NZD")),
        // Both countries' savings: no one country's dollars.
        ("$110k - $130k + KiwiSaver + super", None),
        ("Salary $120,000 p.a. + KiwiSaver", Some("NZD")),
        // A currency written out wins; `super` as an adjective names none.
        ("US$150k + super", Some("USD")),
        ("Salary $150k base, super competitive equity", None),
    ];
    for (text, currency) in cases {
        assert_eq!(pay_currency(text).as_deref(), *currency, "{text}");
    }
}

#[test]
fn salary_shapes_keep_their_period() {
    let cases: &[(&str, f64, Option<f64>, PayPeriod, bool)] = &[
        ("$800 p/d", 800.0, None, PayPeriod::Day, false),
        ("90.000€ brutto/Jahr", 90000.0, None, PayPeriod::Year, false),
        (
            "Salary: $160,000 - $180,000 + super.",
            160000.0,
            Some(180000.0),
            PayPeriod::Year,
            true,
        ),
        (
            "Package: $150k + super",
            150000.0,
            None,
            PayPeriod::Year,
            true,
        ),
        (
            "Salary range: 120 000 – 140 000 AUD",
            120000.0,
            Some(140000.0),
            PayPeriod::Year,
            false,
        ),
        // No currency sign and no pay word: super says it is pay.
        (
            "Paying 120-140k + super",
            120000.0,
            Some(140000.0),
            PayPeriod::Year,
            true,
        ),
        (
            "6 month contract. 700-800/day inc super.",
            700.0,
            Some(800.0),
            PayPeriod::Day,
            false,
        ),
        // Super left out of the pay is paid on top of it.
        (
            "Salary: $130,000 excl. super",
            130000.0,
            None,
            PayPeriod::Year,
            true,
        ),
        (
            "$120k - $135k excluding super",
            120000.0,
            Some(135000.0),
            PayPeriod::Year,
            true,
        ),
        (
            "Package: $160,000 - $180,000 (inclusive of super)",
            160000.0,
            Some(180000.0),
            PayPeriod::Year,
            false,
        ),
        (
            "Contract rate $900 - $1,000 per day",
            900.0,
            Some(1000.0),
            PayPeriod::Day,
            false,
        ),
        (
            "Salary: AUD 120k–140k p.a. + super",
            120000.0,
            Some(140000.0),
            PayPeriod::Year,
            true,
        ),
        (
            "Base salary of $130,000 to $150,000 plus 11.5% superannuation",
            130000.0,
            Some(150000.0),
            PayPeriod::Year,
            true,
        ),
        (
            "$130,000 including 11.5% super, plus bonus",
            130000.0,
            None,
            PayPeriod::Year,
            false,
        ),
        (
            "Paying $95 per hour plus super",
            95.0,
            None,
            PayPeriod::Hour,
            true,
        ),
        (
            "Base salary 120-140k",
            120000.0,
            Some(140000.0),
            PayPeriod::Year,
            false,
        ),
        ("£65,000 per annum", 65000.0, None, PayPeriod::Year, false),
        // The currency alone brings the sentence to be read for pay.
        (
            "Compensation: CA$130,000 – CA$155,000 per year plus equity.",
            130000.0,
            Some(155000.0),
            PayPeriod::Year,
            false,
        ),
        (
            "We pay SGD 9,000 monthly.",
            9000.0,
            None,
            PayPeriod::Month,
            false,
        ),
        // A base with no currency and no other pay word.
        (
            "Competitive base of 150-180K plus equity.",
            150000.0,
            Some(180000.0),
            PayPeriod::Year,
            false,
        ),
    ];
    for (text, min, max, period, plus_super) in cases {
        let s = analyzer()
            .analyze("Engineer", text)
            .salary
            .unwrap_or_else(|| panic!("no salary in {text}"));
        assert_eq!(
            (s.min, s.max, s.period, s.plus_super),
            (Some(*min), *max, *period, *plus_super),
            "{text}"
        );
    }
    assert!(analyzer()
        .analyze(
            "Engineer",
            "We have 2,000 customers and raised $20 million."
        )
        .salary
        .is_none());
    for not_pay in [
        "Our knowledge base of 10,000 articles",
        "We serve a customer base of over 500 businesses.",
    ] {
        let salary = analyzer().analyze("Engineer", not_pay).salary;
        assert!(salary.is_none(), "{not_pay}: {salary:?}");
    }
}

/// A title that states the experience as a part of its own (`DevOps
/// Engineer (4-7 yrs)`) asks it when the text asks none; a term in the
/// title (`2 year fixed term`) is no experience.
#[test]
fn years_a_title_states() {
    let overall = |title: &str, text: &str| {
        analyzer()
            .analyze(title, text)
            .years_experience
            .map(|y| (y.min, y.max))
    };
    assert_eq!(
        overall("DevOps Engineer (4-7 yrs)", "We need Docker."),
        Some((4.0, Some(7.0)))
    );
    assert_eq!(
        overall("Java Developer | 5+ years exp | Pune", "We need Java."),
        Some((5.0, None))
    );
    assert_eq!(
        overall(
            "DevOps Engineer (4-7 yrs)",
            "Requirements\n- 5+ years of experience"
        ),
        Some((5.0, None))
    );
    assert_eq!(
        overall(
            "Software Engineer, 2 year fixed term",
            "We need Go developers."
        ),
        None
    );
    // A listing pasted whole, title first.
    assert_eq!(
        overall("", "Data Analyst - 3 to 5 Years\n\nWe need SQL."),
        Some((3.0, Some(5.0)))
    );
}

#[test]
fn seniority_from_title_then_years() {
    assert_eq!(
        analyzer()
            .analyze("Senior Backend Engineer", "")
            .seniority
            .map(|s| s.level),
        Some(Seniority::Senior)
    );
    assert_eq!(
        analyzer()
            .analyze("Graduate Developer", "")
            .seniority
            .map(|s| s.level),
        Some(Seniority::Junior)
    );
    let r = analyzer().analyze(
        "Software Engineer",
        "Requirements:\n- 8+ years of professional experience",
    );
    assert_eq!(r.seniority.map(|s| s.level), Some(Seniority::Lead));
}

/// Australian government listings state the classification in their
/// details, not the title; SEEK's own classification names no level.
/// US federal listings state the General Schedule grade.
#[test]
fn seniority_from_a_public_service_classification() {
    let level = |text: &str| {
        analyzer()
            .analyze("Software Developer", text)
            .seniority
            .map(|s| (s.level, s.evidence))
    };
    assert_eq!(
        level("Department of Home Affairs\nClassification: APS Level 6\nSalary: $103,245"),
        Some((
            Seniority::Senior,
            "the listing's level is \"APS Level 6\"".to_owned()
        ))
    );
    assert_eq!(
        level("Classification: Executive Level 1\n").map(|l| l.0),
        Some(Seniority::Lead)
    );
    assert_eq!(
        level("Classification: Information & Communication Technology\n"),
        None
    );
    // USAJOBS states the General Schedule grade the same way; one year of
    // specialized experience at the grade below does not make it junior.
    assert_eq!(
        level(
            "Pay scale & grade\nGS 13\n\nQualifications\nYou must have one year of \
             specialized experience equivalent to at least the GS-12 grade level."
        )
        .map(|l| l.0),
        Some(Seniority::Senior)
    );
}

#[test]
fn seniority_from_the_most_years_asked_for_one_skill_when_none_are_asked_overall() {
    let level = |text: &str| analyzer().analyze("Software Engineer", text).seniority;
    let info = level("Requirements:\n- 5+ years of Java\n- 2 years of Kubernetes").unwrap();
    assert_eq!(info.level, Seniority::Senior);
    assert_eq!(info.evidence, "5 years of Java asked");
    assert_eq!(
        level("Requirements:\n- 3 years of Python").map(|s| s.level),
        Some(Seniority::Mid)
    );
    // Years overall decide when there are some.
    let info = level("Requirements:\n- 2+ years of experience\n- 6 years of Java").unwrap();
    assert_eq!(info.level, Seniority::Mid);
    assert_eq!(info.evidence, "2 years of experience asked");
    // One year, and months, as a reader writes them.
    let info = level("Requirements:\n- 1 year of experience").unwrap();
    assert_eq!(
        (info.level, info.evidence.as_str()),
        (Seniority::Junior, "1 year of experience asked")
    );
    let info = level("Requirements:\n- 6 months of React experience").unwrap();
    assert_eq!(info.evidence, "6 months of React asked");
    // What the listing would like, or its company's history, bounds nothing.
    for text in [
        "Nice to have:\n- 6+ years of Rust",
        "Requirements:\n- Python\n- Ideally 6+ years of Rust",
        "About us\nOur team has 10 years of Java behind it.",
    ] {
        assert_eq!(level(text), None, "{text}");
    }
}

#[test]
fn a_listing_pasted_whole_takes_its_title_from_the_first_line() {
    let r = analyzer().analyze(
        "",
        "Staff Engineer (Go) - Remote US\nWe are looking for someone with 8-10 yrs of backend experience.",
    );
    assert_eq!(r.seniority.map(|s| s.level), Some(Seniority::Lead));
    let required: Vec<&str> = r.required_skills.iter().map(|a| &*a.skill).collect();
    assert_eq!(required, ["Go"]);
    assert_eq!(
        r.required_skills[0].evidence,
        "title: Staff Engineer (Go) - Remote US"
    );
    // A given title wins; a first line that is a sentence is not a title.
    let r = analyzer().analyze("Graduate Developer", "Senior Rust Engineer\nRust.");
    assert_eq!(r.seniority.map(|s| s.level), Some(Seniority::Junior));
    let r = analyzer().analyze("", "We want a Senior Rust Engineer.\nRust.");
    assert_eq!(r.seniority, None);
}

#[test]
fn ambiguous_names_on_a_job_title_are_the_technology() {
    for title in [
        "Backend Engineer (Go)",
        "Software Engineer - Go",
        "Software Engineer, Go/Rust",
    ] {
        assert!(has(title, "Go"), "{title}");
    }
    assert!(has("Software Engineer, Go/Rust", "Rust"));
    for title in [
        "Go Live Manager",
        "Head of Go-To-Market",
        "Rust Belt Sales Manager",
    ] {
        assert!(skills(title).is_empty(), "{title}: {:?}", skills(title));
    }
}

#[test]
fn seniority_from_a_job_boards_level_label() {
    let level = |text: &str| analyzer().analyze("Mobile Engineer", text).seniority;
    let pasted = "About the job\nBuild our app with React Native.\nShow more\nSeniority level\nEntry level\nEmployment type\nFull-time";
    let info = level(pasted).expect("a level");
    assert_eq!(info.level, Seniority::Junior);
    assert_eq!(info.evidence, "the listing's level is \"Entry\"");
    let info = level("Job type: Full-time Experience level: Mid-Level Role: Backend Developer")
        .expect("a level");
    assert_eq!(info.level, Seniority::Mid);
    // In running text the words are no label.
    assert_eq!(
        level("We hire at every experience level, from junior to senior."),
        None
    );
}

#[test]
fn seniority_from_the_role_the_opening_names() {
    let level = |text: &str| analyzer().analyze("", text).seniority;
    let found = level("We are looking for a Senior Backend Engineer to join our platform team.")
        .expect("a level");
    assert_eq!(found.level, Seniority::Senior);
    assert_eq!(
        found.evidence,
        "the listing is for \"Senior Backend Engineer\""
    );
    assert_eq!(
        level("We're hiring a Tech Lead.").map(|s| s.level),
        Some(Seniority::Lead)
    );
    assert_eq!(
        level("Join us as a Graduate Developer!").map(|s| s.level),
        Some(Seniority::Junior)
    );
    // In the reader's own words, and past an opening that names no level.
    assert_eq!(
        level("This is a graduate role; no experience needed.").map(|s| s.level),
        Some(Seniority::Junior)
    );
    assert_eq!(
        level("You'll be a mid-level engineer joining a team of six.").map(|s| s.level),
        Some(Seniority::Mid)
    );
    assert_eq!(
        level("This is a great opportunity. We're looking for a Senior Engineer.").map(|s| s.level),
        Some(Seniority::Senior)
    );
    // Whom the role would suit, and the whole role: `Lead Engineer`.
    assert_eq!(
        level("Ideal for a recent graduate keen to learn.").map(|s| s.level),
        Some(Seniority::Junior)
    );
    let found = level("This role would suit an experienced Lead Engineer.").expect("a level");
    assert_eq!(
        (found.level, found.evidence.as_str()),
        (
            Seniority::Lead,
            "the listing is for \"experienced Lead Engineer\""
        )
    );
    // A graduate of a program holds a degree; the years asked tell the level.
    assert_eq!(
        level("We are looking for a graduate of a computer science program with 6+ years of experience.")
            .map(|s| s.level),
        Some(Seniority::Senior)
    );
    // Someone else the role works with is not the role.
    assert_eq!(level("You will work with a Senior Engineer."), None);
    assert_eq!(level("We are seeking a Machine Learning Engineer."), None);
}

#[test]
fn alternatives_joined_by_or_are_one_ask() {
    let r = analyzer().analyze(
        "Engineer",
        "Requirements\n- Experience with AWS or GCP\n- Python, Java or Go\n- Docker, Kubernetes and Terraform",
    );
    let asks: Vec<(&str, Vec<&str>)> = r
        .required_skills
        .iter()
        .map(|a| (&*a.skill, a.alternatives.iter().map(|s| &**s).collect()))
        .collect();
    assert_eq!(
        asks,
        [
            ("AWS", vec!["GCP"]),
            ("Python", vec!["Java", "Go"]),
            ("Docker", vec![]),
            ("Kubernetes", vec![]),
            ("Terraform", vec![]),
        ]
    );
    // Both stay keywords, for an ATS.
    assert!(r.keywords.iter().any(|k| &*k.term == "GCP"));
    // After the choice, a comma asks again; a long list is a stack.
    for (text, want) in [
        (
            "Requirements\n- Python or Go, Docker",
            vec![("Python", vec!["Go"]), ("Docker", vec![])],
        ),
        (
            "Requirements\n- Python, Java, C#, Go, Ruby or Scala",
            ["Python", "Java", "C#", "Go", "Ruby", "Scala"]
                .map(|s| (s, vec![]))
                .to_vec(),
        ),
        // A choice offered in so many words, opened or closed by the list.
        (
            "Requirements\n- Strong experience with Go, or deep experience in another backend language (Java, Kotlin, C#) and a willingness to learn Go",
            vec![("Go", vec!["Java", "Kotlin", "C#"])],
        ),
        (
            "Requirements\n- Python or another language such as Ruby or Go.\n- Docker",
            vec![("Python", vec!["Ruby", "Go"]), ("Docker", vec![])],
        ),
        (
            "Requirements\n- AWS, or other cloud providers (e.g. GCP, Azure), and Terraform",
            vec![("AWS", vec!["GCP", "Azure"]), ("Terraform", vec![])],
        ),
        (
            "Requirements\n- Java, Kotlin or a similar JVM language\n- Docker",
            vec![("Java", vec!["Kotlin"]), ("Docker", vec![])],
        ),
        (
            "Requirements\n- PostgreSQL, MySQL or any relational database\n- Docker",
            vec![("PostgreSQL", vec!["MySQL"]), ("Docker", vec![])],
        ),
        (
            "Requirements\n- 5+ years in SRE, DevOps or infrastructure roles",
            vec![("Site reliability engineering", vec!["DevOps"])],
        ),
        // A list the words before it offer as a choice.
        (
            "Requirements\n- Proficiency in at least one of: Python, Go, Rust\n- Docker",
            vec![("Python", vec!["Go", "Rust"]), ("Docker", vec![])],
        ),
        (
            "Requirements\n- Experience in one or more of the following languages: Java, Python, Go",
            vec![("Java", vec!["Python", "Go"])],
        ),
        (
            "Requirements\n- Strong skills in any of Java, Kotlin, Scala.",
            vec![("Java", vec!["Kotlin", "Scala"])],
        ),
        (
            "Requirements\n- Experience with at least one major cloud provider (AWS, GCP, Azure)",
            vec![("AWS", vec!["GCP", "Azure"])],
        ),
        (
            "Requirements\n- A relational database (e.g. PostgreSQL, MySQL) and Redis",
            vec![("PostgreSQL", vec!["MySQL"]), ("Redis", vec![])],
        ),
        (
            "Requirements\n- A language such as Python, Java, C#, Go, Kotlin or Scala",
            vec![("Python", vec!["Java", "C#", "Go", "Kotlin", "Scala"])],
        ),
        // One or more of a kind, plural or not, as Google and Amazon write it.
        (
            "Minimum qualifications:\n2 years of experience with software development in one or more programming languages (e.g., Python, C++, Java).",
            vec![("Python", vec!["C++", "Java"])],
        ),
        (
            "Requirements\n- Experience with one or more scripting language (e.g., Python, Bash)",
            vec![("Python", vec!["Bash"])],
        ),
        // A list about the team or its stack is asked whole.
        (
            "Requirements\n- Experience with languages (Python, Go) and Docker",
            vec![("Python", vec![]), ("Go", vec![]), ("Docker", vec![])],
        ),
        (
            "Requirements\n- You will be one of our first engineers: Python, Java, Docker",
            vec![("Python", vec![]), ("Java", vec![]), ("Docker", vec![])],
        ),
        (
            "Requirements\n- Knowledge of Python, Java, Docker",
            vec![("Python", vec![]), ("Java", vec![]), ("Docker", vec![])],
        ),
        (
            "Requirements\n- Our frontend stack (React, Redux, TypeScript)",
            vec![("React", vec![]), ("Redux", vec![]), ("TypeScript", vec![])],
        ),
        // Any flavour, dialect or tool of a kind offers a choice.
        (
            "Requirements\n- SQL (any flavour: Postgres, MySQL, SQL Server)",
            vec![
                ("SQL", vec![]),
                ("PostgreSQL", vec!["MySQL", "Microsoft SQL Server"]),
            ],
        ),
        (
            "Requirements\n- A CI tool (Jenkins, CircleCI)",
            vec![("Jenkins", vec!["CircleCI"])],
        ),
        // A bracket of libraries after a skill qualifies it; the choice
        // goes on past it.
        (
            "Requirements\n- Automate reports using Python (pandas) or R",
            vec![("Python", vec!["R"]), ("pandas", vec![])],
        ),
        (
            "Requirements\n- Java (Spring Boot, Hibernate) or Kotlin",
            vec![
                ("Java", vec!["Kotlin"]),
                ("Spring Boot", vec![]),
                ("Hibernate", vec![]),
            ],
        ),
        // A skill the listing accepts as well after naming one.
        (
            "Requirements\n- AWS; GCP is fine too",
            vec![("AWS", vec!["GCP"])],
        ),
        (
            "Requirements\n- PostgreSQL (MySQL works too) and Redis",
            vec![("PostgreSQL", vec!["MySQL"]), ("Redis", vec![])],
        ),
        (
            "Requirements\n- Experience with AWS (Azure also considered)",
            vec![("AWS", vec!["Azure"])],
        ),
        (
            "Requirements\n- PostgreSQL; MySQL will also be considered.",
            vec![("PostgreSQL", vec!["MySQL"])],
        ),
        (
            "Requirements\n- React, though Vue is also fine",
            vec![("React", vec!["Vue.js"])],
        ),
        // Past a dash, and past the bracket of what the first is used with.
        (
            "Requirements\n- Hands-on AWS — GCP also fine",
            vec![("AWS", vec!["GCP"])],
        ),
        (
            "Requirements\n- Hands-on AWS (EC2, RDS) - GCP also fine",
            vec![
                ("AWS", vec!["GCP"]),
                ("Amazon EC2", vec![]),
                ("Amazon RDS", vec![]),
            ],
        ),
        // Examples in a bracket, and a list said to need any one of it.
        (
            "Requirements\n- Experience with state management (e.g. Redux, Zustand)",
            vec![("Redux", vec!["Zustand"])],
        ),
        (
            "Requirements\n- Experience with state management (Redux, Zustand, etc.)",
            vec![("Redux", vec!["Zustand"])],
        ),
        (
            "Requirements\n- Python (Django, Flask etc) and SQL",
            vec![("Python", vec![]), ("Django", vec!["Flask"]), ("SQL", vec![])],
        ),
        (
            "Requirements\n- PyTorch, TensorFlow, JAX (any one)",
            vec![("PyTorch", vec!["TensorFlow", "JAX"])],
        ),
        // Examples of a kind: any of them will do.
        (
            "Requirements\n- Experience with message brokers (e.g. Kafka, RabbitMQ)",
            vec![("Apache Kafka", vec!["RabbitMQ"])],
        ),
        (
            "Requirements\n- Scripting languages such as Bash and Python",
            vec![("Bash", vec!["Python"])],
        ),
        (
            "Requirements\n- Proficient in various languages such as Python and Go",
            vec![("Python", vec![]), ("Go", vec![])],
        ),
        // Unless the phrase goes on to say something else of it.
        (
            "Requirements\n- Experience with Java; Kotlin considered essential",
            vec![("Java", vec![]), ("Kotlin", vec![])],
        ),
        // Not a skill of another kind, nor one that is fine for its own sake.
        (
            "Requirements\n- Python; Django is fine too",
            vec![("Python", vec![]), ("Django", vec![])],
        ),
        (
            "Requirements\n- Python, and Go is fine for tooling",
            vec![("Python", vec![]), ("Go", vec![])],
        ),
        // The choice ends with its clause.
        (
            "Requirements\n- React (or a similar framework) and TypeScript",
            vec![("React", vec![]), ("TypeScript", vec![])],
        ),
        (
            "Requirements\n- Docker and Kubernetes, or similar",
            vec![("Docker", vec![]), ("Kubernetes", vec![])],
        ),
        (
            "Requirements\n- Python; Go is acceptable",
            vec![("Python", vec!["Go"])],
        ),
        (
            "Requirements\n- Good knowledge of Kotlin and/or Swift",
            vec![("Kotlin", vec!["Swift"])],
        ),
        // Before the two an `or` joins, only the skills that may stand in
        // for one of them are of the choice; what they build on is asked.
        (
            "Requirements\n- Python 3, FastAPI or Django",
            vec![("Python", vec![]), ("FastAPI", vec!["Django"])],
        ),
        (
            "Requirements\n- SQL, PostgreSQL or MySQL",
            vec![("SQL", vec![]), ("PostgreSQL", vec!["MySQL"])],
        ),
        (
            "Requirements\n- Kafka, RabbitMQ or SQS",
            vec![("Apache Kafka", vec!["RabbitMQ", "Amazon SQS"])],
        ),
        // Frameworks and tools are of the choice when related or kinds of
        // one practice, not merely both libraries (of React, here).
        (
            "Requirements\n- React, Next.js, React Query, Zustand or Redux Toolkit",
            vec![
                ("React", vec![]),
                ("Next.js", vec![]),
                ("React Query", vec![]),
                ("Zustand", vec!["Redux"]),
            ],
        ),
        (
            "Requirements\n- Datadog, New Relic or Grafana",
            vec![("Datadog", vec!["New Relic", "Grafana"])],
        ),
        (
            "Requirements\n- JavaScript or TypeScript",
            vec![("JavaScript", vec!["TypeScript"])],
        ),
        // A bracket opening with `or` offers what it names.
        (
            "Requirements\n- Go (or Java), Terraform (or Pulumi)",
            vec![("Go", vec!["Java"]), ("Terraform", vec!["Pulumi"])],
        ),
        (
            "Requirements\n- Kubernetes (or at least Docker), Python (or similar)",
            vec![("Kubernetes", vec!["Docker"]), ("Python", vec![])],
        ),
        // Cloud providers between slashes are one ask, and so are related
        // databases, frameworks or tools; other slash lists ask for each.
        (
            "Requirements\n- Running services in AWS/GCP/Azure, with Terraform",
            vec![("AWS", vec!["GCP", "Azure"]), ("Terraform", vec![])],
        ),
        (
            "Requirements\n- React/Vue, MySQL / PostgreSQL, Maven/Gradle, Kafka/RabbitMQ",
            vec![
                ("React", vec!["Vue.js"]),
                ("MySQL", vec!["PostgreSQL"]),
                ("Maven", vec!["Gradle"]),
                ("Apache Kafka", vec!["RabbitMQ"]),
            ],
        ),
        // What a framework builds on, a suite's other tool, a language.
        (
            "Requirements\n- React/Redux, Jira/Confluence, Java/Kotlin, Python/Django",
            vec![
                ("React", vec![]),
                ("Redux", vec![]),
                ("Jira", vec![]),
                ("Confluence", vec![]),
                ("Java", vec![]),
                ("Kotlin", vec![]),
                ("Python", vec![]),
                ("Django", vec![]),
            ],
        ),
        (
            "Requirements\n- HTML/CSS/JavaScript, AWS Lambda/S3",
            vec![
                ("HTML", vec![]),
                ("CSS", vec![]),
                ("JavaScript", vec![]),
                ("AWS Lambda", vec![]),
                ("Amazon S3", vec![]),
            ],
        ),
    ] {
        let r = analyzer().analyze("Engineer", text);
        let asks: Vec<(&str, Vec<&str>)> = r
            .required_skills
            .iter()
            .map(|a| (&*a.skill, a.alternatives.iter().map(|s| &**s).collect()))
            .collect();
        assert_eq!(asks, want, "{text}");
    }
    // A skill the title names is asked outright: a choice in the text
    // neither makes it optional nor asks for its other options.
    let r = analyzer().analyze(
        "Senior Java Developer",
        "Requirements\n- Proficiency with languages such as Java, C++ or Python",
    );
    assert_eq!(names(&r.required_skills), ["Java"]);
    assert!(r.required_skills[0].alternatives.is_empty());
    // The preferred one of two, the other accepted as well.
    let r = analyzer().analyze(
        "QA Engineer",
        "Requirements\n- Strong automation skills – C# preferred, but Java considered",
    );
    assert_eq!(names(&r.preferred_skills), ["C#"]);
    assert_eq!(r.preferred_skills[0].alternatives.len(), 1);
    assert_eq!(&*r.preferred_skills[0].alternatives[0], "Java");
    // A name that is also an everyday word is a skill there too.
    let r = analyzer().analyze(
        "Backend Engineer",
        "Requirements\n- Python preferred, Go also considered",
    );
    assert_eq!(names(&r.preferred_skills), ["Python"]);
    assert_eq!(r.preferred_skills[0].alternatives.len(), 1);
    assert_eq!(&*r.preferred_skills[0].alternatives[0], "Go");
    let r = analyzer().analyze(
        "DevOps Engineer",
        "Requirements\n- Infrastructure as code (Terraform preferred, CloudFormation OK)",
    );
    assert_eq!(names(&r.preferred_skills), ["Terraform"]);
    assert_eq!(
        &*r.preferred_skills[0].alternatives[0],
        "AWS CloudFormation"
    );
    let r = analyzer().analyze(
        "Frontend Engineer",
        "Requirements\n- 3+ years with React; Vue experience transferable",
    );
    assert_eq!(names(&r.required_skills), ["React"]);
    assert_eq!(&*r.required_skills[0].alternatives[0], "Vue.js");
    // In a sentence of its own, the one accepted as well is wanted as much.
    let r = analyzer().analyze(
        "Backend Engineer",
        "Requirements\n- Python preferred; Go is also welcome",
    );
    assert!(r.required_skills.is_empty(), "{:?}", r.required_skills);
    assert_eq!(names(&r.preferred_skills), ["Python"]);
    assert_eq!(&*r.preferred_skills[0].alternatives[0], "Go");
}

/// A hedge after an ask, in a clause of its own, would like what its
/// clause names and leaves the ask asked (`Strong Python, preferably with
/// Django`); one that opens or ends the sentence, or ends a list, speaks
/// of all of it.
#[test]
fn a_hedge_after_an_ask_speaks_of_its_clause() {
    let read = |line: &str| {
        let r = analyzer().analyze("Backend Engineer", &format!("Requirements\n- {line}"));
        (
            names(&r.required_skills).join(","),
            names(&r.preferred_skills).join(","),
        )
    };
    for (line, required, preferred) in [
        (
            "3+ years of machine learning in Python, ideally in demand forecasting",
            "Machine learning,Python",
            "Time series analysis",
        ),
        ("Strong Python, preferably with Django", "Python", "Django"),
        (
            "Strong Java skills, extra credit for Kotlin",
            "Java",
            "Kotlin",
        ),
        ("SQL, and ideally dbt", "SQL", "dbt"),
        // A joining word parts the clause as a comma does.
        (
            "Experience with Python and ideally Django",
            "Python",
            "Django",
        ),
        ("Strong Java with exposure to Kotlin", "Java", "Kotlin"),
        (
            "Strong Python. Knowledge of Kotlin wouldn't hurt.",
            "Python",
            "Kotlin",
        ),
        (
            "Strong Python. It’d be great if you know Rust.",
            "Python",
            "Rust",
        ),
        (
            "It would be awesome if you also knew Svelte. You definitely need React.",
            "React",
            "Svelte",
        ),
        (
            "Docker. Familiarity with Terraform would be handy.",
            "Docker",
            "Terraform",
        ),
        ("Python is a must, Go is a plus.", "Python", "Go"),
        ("Java, with Kotlin as a bonus", "Java", "Kotlin"),
        ("Kafka, RabbitMQ or SQS is a plus", "", "Apache Kafka"),
        ("Strong Go; some Rust would be useful", "Go", "Rust"),
        ("Python and Go, exposure to Rust", "Python,Go", "Rust"),
        (
            "Strong Python skills, experience with Go is a plus",
            "Python",
            "Go",
        ),
        (
            "Strong SQL skills - dbt experience is a bonus",
            "SQL",
            "dbt",
        ),
        (
            "Proficiency in Java, with exposure to Kotlin",
            "Java",
            "Kotlin",
        ),
        // A leading hedge's clause ends where `and` opens another ask.
        (
            "Experience with Kubernetes, ideally EKS, and writing performant SQL",
            "Kubernetes,SQL",
            "Amazon EKS",
        ),
        (
            "Experience with Kubernetes, ideally EKS, and GKE",
            "Kubernetes",
            "Amazon EKS,GKE",
        ),
        (
            "Machine learning, ideally in forecasting, ranking or pricing",
            "Machine learning",
            "Time series analysis",
        ),
        ("Ideally you know Kotlin and Swift", "", "Kotlin,Swift"),
        ("Experience with Kafka, ideally", "", "Apache Kafka"),
        (
            "Experience with Python, Java, and Kotlin is a plus",
            "",
            "Python,Java,Kotlin",
        ),
    ] {
        assert_eq!(
            read(line),
            (required.to_owned(), preferred.to_owned()),
            "{line}"
        );
    }
}

#[test]
fn bracketed_importance_speaks_of_its_bracket() {
    for (text, required, preferred) in [
        (
            "Requirements\n- Kubernetes in production (EKS preferred)",
            vec!["Kubernetes"],
            vec!["Amazon EKS"],
        ),
        // With no skill inside, of the skill before it, and that skill's list.
        (
            "Requirements\n- Python (required), Java (preferred)",
            vec!["Python"],
            vec!["Java"],
        ),
        (
            "Requirements\n- Experience with Kafka (preferred) and Docker",
            vec!["Docker"],
            vec!["Apache Kafka"],
        ),
        (
            "Requirements\n- Docker and Kubernetes (nice to have)",
            vec![],
            vec!["Docker", "Kubernetes"],
        ),
        // Past the years asked for the skill, as Indeed lists experience.
        (
            "Experience:\nPython: 3 years (Required)\nAWS: 2 years (Preferred)\nDocker, 1+ yrs (preferred)",
            vec!["Python"],
            vec!["AWS", "Docker"],
        ),
        // Each skill its own bracket, and in any order.
        (
            "Requirements\n- Go (preferred), Python (required), Rust (a plus)",
            vec!["Python"],
            vec!["Go", "Rust"],
        ),
        // Required in brackets is required even where skills are preferred,
        // and even beside preferred wording that speaks of the sentence.
        (
            "Nice to have\n- Kubernetes (required)\n- Docker",
            vec!["Kubernetes"],
            vec!["Docker"],
        ),
        (
            "Requirements\n- Kafka (must have); Terraform is a plus",
            vec!["Apache Kafka"],
            vec!["Terraform"],
        ),
        (
            "Requirements\n- Kafka (must have) and Terraform would be a plus",
            vec!["Apache Kafka"],
            vec!["Terraform"],
        ),
        // Outside brackets it speaks of the whole sentence, and `e.g.` ends
        // no sentence.
        (
            "Requirements\n- Ideally you know a cloud platform (e.g. AWS or GCP).",
            vec![],
            vec!["AWS"],
        ),
    ] {
        let r = analyzer().analyze("Engineer", text);
        assert_eq!(names(&r.required_skills), required, "{text}");
        assert_eq!(names(&r.preferred_skills), preferred, "{text}");
    }
}

#[test]
fn heading_styles() {
    for jd in [
        "## Requirements\n- Rust\n## Nice to have\n- Kubernetes",
        "REQUIREMENTS:\nRust\nBONUS POINTS:\nKubernetes",
        "**Must have**\n* Rust\n**Desirable**\n* Kubernetes",
        "Essential criteria\n• Rust\nDesirable criteria\n• Kubernetes",
        "What you'll bring\n- Rust\nIt would be great if\n- Kubernetes",
        "Skills Required:\nRust\nGood to have:\nKubernetes",
    ] {
        let r = analyzer().analyze("Engineer", jd);
        assert_eq!(names(&r.required_skills), ["Rust"], "{jd}");
        assert_eq!(names(&r.preferred_skills), ["Kubernetes"], "{jd}");
    }
    // A section of duties after the nice-to-haves ends them.
    for heading in [
        "Roles & Responsibilities:",
        "Duties and Responsibilities",
        "Job Responsibilities",
        "What you'll be responsible for",
    ] {
        let jd = format!(
            "Must have:\nRust\nNice to have:\nKubernetes\n{heading}\n- Build services in Go"
        );
        let r = analyzer().analyze("Engineer", &jd);
        assert_eq!(names(&r.required_skills), ["Rust", "Go"], "{jd}");
        assert_eq!(names(&r.preferred_skills), ["Kubernetes"], "{jd}");
    }
}

/// A German listing's sections and hedges: the skills are names in any
/// language, and what a section or a phrase says of them is read too.
#[test]
fn german_sections_and_hedges() {
    let r = analyzer().analyze(
        "Senior Frontend Developer (m/w/d)",
        "Über uns
Unser Backend läuft auf Kotlin und PostgreSQL.

         Deine Aufgaben
- Du entwickelst unsere Web-App mit React weiter

         Dein Profil
- Sehr gute Kenntnisse in TypeScript
         - Erfahrung mit Playwright ist ein Plus
- Idealerweise kennst du Storybook

         Von Vorteil
- GraphQL

         Was wir bieten
- Jobrad und ein Budget für Docker-Schulungen",
    );
    assert_eq!(names(&r.required_skills), ["React", "TypeScript"]);
    assert_eq!(
        names(&r.preferred_skills),
        ["Playwright", "Storybook", "GraphQL"]
    );
    assert_eq!(names(&r.context_skills), ["Kotlin", "PostgreSQL", "Docker"]);
}

/// Years of experience as German listings ask for them; the company's own
/// years are its history.
#[test]
fn german_years() {
    let r = analyzer().analyze(
        "Backend-Entwickler (m/w/d)",
        "Seit über 20 Jahren entwickeln wir Software mit Java.\n\n\
         Dein Profil\n- Mindestens 5 Jahre Berufserfahrung in der Softwareentwicklung\n\
         - 3+ Jahre Erfahrung mit Python und Django\n- 1 Jahr Erfahrung mit React",
    );
    assert_eq!(r.years_experience.as_ref().map(|y| y.min), Some(5.0));
    let per = years_per_skill(&r);
    assert_eq!(per, [("Python", 3.0), ("Django", 3.0), ("React", 1.0)]);
}

/// The languages a German listing asks for, in its own words: the
/// knowledge named in one word (`Deutschkenntnisse`), two joined by a
/// hyphen, `fließend` and `verhandlungssicher`.
#[test]
fn german_spoken_languages() {
    for (line, languages) in [
        (
            "Sehr gute Deutsch- und Englischkenntnisse",
            vec!["German", "English"],
        ),
        ("Gute Französischkenntnisse sind ein Plus", vec!["French"]),
        ("Fließend Deutsch und Englisch", vec!["German", "English"]),
        ("Verhandlungssicheres Englisch", vec!["English"]),
    ] {
        let r = analyzer().analyze("Entwickler (m/w/d)", &format!("Dein Profil\n- {line}"));
        let spoken: Vec<&str> = r
            .keywords
            .iter()
            .filter(|k| k.kind == "spoken")
            .map(|k| &*k.term)
            .collect();
        assert_eq!(spoken, languages, "{line}");
    }
}

#[test]
fn ats_keywords_include_certifications_and_methods() {
    let r = analyzer().analyze(
        "Security Engineer",
        "Requirements:\n- CISSP or CISM\n- AWS Certified Solutions Architect\n- Scrum and TDD\n- Fluent English\n- Threat hunting with the MITRE ATT&CK framework\n- Azure certification (AZ-104 / AZ-400) highly regarded",
    );
    let terms: Vec<&str> = r.keywords.iter().map(|k| &*k.term).collect();
    for t in [
        "Azure Administrator",
        "Azure DevOps Engineer Expert",
        "MITRE ATT&CK",
        "CISSP",
        "CISM",
        "AWS Certified Solutions Architect",
        "Scrum",
        "Test-driven development",
        "English",
    ] {
        assert!(terms.contains(&t), "{t} missing from {terms:?}");
    }
    assert!(
        !names(&r.required_skills).contains(&"English"),
        "spoken languages are keywords, not skills"
    );
}

#[test]
fn html_is_analysed_on_its_text() {
    let html = "<div><h3>Requirements</h3><ul><li>Strong <strong>Rust</strong></li><li>PostgreSQL &amp; Redis</li></ul><p class=\"java\">Nice to have: <em>Kubernetes</em></p></div>";
    let r = analyzer().analyze("Engineer", html);
    assert_eq!(names(&r.required_skills), ["Rust", "PostgreSQL", "Redis"]);
    assert_eq!(names(&r.preferred_skills), ["Kubernetes"]);
    assert!(
        !names(&r.required_skills).contains(&"Java"),
        "attribute values are not text"
    );
    // As job boards' APIs return it (Greenhouse's `content`), escaped once more.
    let escaped = "&lt;h3&gt;What you&#39;ll need&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;4+ years of Go&lt;/li&gt;\
                   &lt;li&gt;Kubernetes&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Nice to have&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Rust&lt;/li&gt;&lt;/ul&gt;";
    let r = analyzer().analyze("Engineer", escaped);
    assert_eq!(names(&r.required_skills), ["Go", "Kubernetes"]);
    assert_eq!(names(&r.preferred_skills), ["Rust"]);
    assert_eq!(r.required_skills[0].evidence, "4+ years of Go");
    // Text that only mentions a tag stays text.
    let r = analyzer().analyze(
        "Engineer",
        "Requirements\n- Python\n- We write &lt;div&gt;-free UIs",
    );
    assert_eq!(names(&r.required_skills), ["Python"]);
    assert_eq!(r.required_skills[0].evidence, "Python");
}

#[test]
fn bad_input_is_handled() {
    let empty = analyzer().analyze("", "");
    assert!(
        empty.required_skills.is_empty() && empty.keywords.is_empty() && empty.salary.is_none()
    );
    let punct = analyzer().analyze("!!!", "?!.,;:—–-•··· ()[]{} 🚀🚀🚀 😀 \u{200b}\u{feff}");
    assert!(punct.required_skills.is_empty());
    let nul = analyzer().analyze("Rust\0Engineer", "Requirements\n- Rust\0\0PostgreSQL\0");
    assert!(names(&nul.required_skills).contains(&"Rust"));
    let big = "Requirements: Rust, PostgreSQL and Kubernetes. ".repeat(10 * 1024 * 1024 / 47);
    let r = analyzer().analyze("Engineer", &big);
    assert_eq!(
        names(&r.required_skills),
        ["Rust", "PostgreSQL", "Kubernetes"]
    );
    assert!(r.required_skills[0].mentions > 200_000);
}

#[test]
fn one_long_sentence_is_read_once_not_once_per_number() {
    // Pasted listings can be one unpunctuated line. Salary, years and
    // work-rights reading once went over the whole sentence for every
    // number or trigger in it, so these took minutes; linear they take
    // well under a second (a regression shows as a test the runner's
    // slow-test timeout ends).
    let years = format!(
        "We need {}",
        "5+ years of Python and 3 years of Go ".repeat(16_000)
    );
    let r = analyzer().analyze("Engineer", &years);
    let asked = years_per_skill(&r);
    assert_eq!(asked, [("Python", 5.0), ("Go", 3.0)]);

    let dollars = format!(
        "Salary {}and $150k per annum",
        "$12 to $13 an hour, ".repeat(30_000)
    );
    let r = analyzer().analyze("Engineer", &dollars);
    // Every implausible hourly range is passed over, in one pass, to the pay.
    let pay = r.salary.expect("the annual figure is read");
    assert_eq!((pay.min, pay.period), (Some(150_000.0), PayPeriod::Year));

    let rights = format!(
        "Applicants {}",
        "must be Australian citizens, no visa sponsorship, 1 2 3 years ".repeat(12_000)
    );
    let r = analyzer().analyze("Engineer", &rights);
    assert_eq!(r.work_rights.citizenship_required.value, Some(true));
    assert_eq!(r.work_rights.visa_sponsorship.value, Some(false));

    // A skill in such a sentence has its wording read: every `must` once
    // looked for its brackets back to the sentence's start.
    let wording = format!("Python {}", "must be Australian citizens, ".repeat(50_000));
    let r = analyzer().analyze("Engineer", &wording);
    assert_eq!(r.required_skills[0].skill.as_ref(), "Python");

    // Denials are read a few words around each mention, not back to the
    // sentence's start (each of these once took 40 s in release).
    let denied = format!(
        "Requirements\n- {}",
        "you do not need to be a citizen ".repeat(60_000)
    );
    let r = analyzer().analyze("Engineer", &denied);
    assert_eq!(r.work_rights.citizenship_required.value, None);
    let denied = format!(
        "Requirements\n- {}",
        "you do not need 5 years ".repeat(60_000)
    );
    let r = analyzer().analyze("Engineer", &denied);
    assert!(r.years_experience.is_none());
}

#[test]
fn a_report_stays_small_when_the_text_is_one_long_sentence() {
    // Every skill of the taxonomy in one unpunctuated sentence of 350 KB:
    // each ask once kept the whole sentence as its evidence, 500 MB in
    // all (a 10 MB paste would not fit in memory). Evidence is now the
    // words around the mention.
    let taxonomy = analyzer().taxonomy();
    let names: Vec<&str> = taxonomy.skills().map(|(_, s)| s.name.as_str()).collect();
    let text = names
        .iter()
        .cycle()
        .take(32_000)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    let r = analyzer().analyze("Engineer", &text);
    assert!(
        r.required_skills.len() > 1_000,
        "{}",
        r.required_skills.len()
    );
    for ask in &r.required_skills {
        assert!(
            ask.evidence.len() <= 500,
            "{}: {} bytes",
            ask.skill,
            ask.evidence.len()
        );
        assert!(ask.evidence.starts_with('…') || ask.evidence.ends_with('…'));
    }
    let json = serde_json::to_string(&r).expect("serializes");
    assert!(
        json.len() < 4 * text.len(),
        "{} bytes of report",
        json.len()
    );
}

#[test]
fn a_long_list_is_accepted_from_its_far_end_in_one_reading() {
    // A lower-case `java` counts in a list with a named skill; here the
    // only named one is at the end of 50,000 of them. Acceptance once
    // spread back one mention per sweep over all of them: quadratic, this
    // took minutes (a regression shows as the runner's slow-test timeout).
    let tags = format!("{}Python", "java ".repeat(50_000));
    let r = analyzer().analyze("", &tags);
    let java = r.required_skills.iter().find(|s| &*s.skill == "Java");
    assert_eq!(java.map(|s| s.mentions), Some(50_000));
    let reversed = format!("Python {}", "java ".repeat(50_000));
    let r = analyzer().analyze("", &reversed);
    let java = r.required_skills.iter().find(|s| &*s.skill == "Java");
    assert_eq!(java.map(|s| s.mentions), Some(50_000));
}

#[test]
fn the_same_text_gives_the_same_report() {
    let a = serde_json::to_string(&analyzer().analyze("Senior Backend Engineer", SEEK_JD))
        .expect("serializes");
    let b = serde_json::to_string(
        &Analyzer::new(kairos_core::skills::Taxonomy::bundled())
            .analyze("Senior Backend Engineer", SEEK_JD),
    )
    .expect("serializes");
    assert_eq!(a, b);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn extraction_never_panics_and_spans_are_char_boundaries(text in any::<String>(), tech in prop::sample::select(vec!["Rust", "Go", "C++", "node.js", "R", "Excel", ".NET", "CI/CD", "5+ years", "$120k"])) {
        let text = format!("{text} {tech}, Python and Kubernetes {text} {tech}");
        // In order and apart: the browser's `extractSkills` relies on it.
        let mut previous_end = 0;
        for s in extractor().extract_spans(&text) {
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end) && s.start < s.end);
            prop_assert_eq!(&text[s.start..s.end], s.text.as_str());
            prop_assert!(previous_end <= s.start, "{} overlaps or precedes the span before", s.text);
            previous_end = s.end;
        }
        let _ = analyzer().analyze(&text, &text);
    }

    /// Words about applying and interviewing in any order, with names,
    /// punctuation and text beyond ASCII: the channel reading never panics
    /// and never takes away a skill asked for before it.
    #[test]
    fn the_channel_reading_keeps_what_comes_before_it(words in prop::collection::vec(prop::sample::select(vec![
        "apply", "Apply", "submit your", "send your", "applications", "Interviews", "interview",
        "now", "resume", "and", "are", "held", "submitted", "via", "through", "over", "using", "on",
        "at", "our", "the", "Workday", "Zoom", "Microsoft Teams", "Slack", "or", ",", ".", ";", "(",
        "é", "’", "\n", "-", "portal",
    ]), 0..24)) {
        let text = format!("Requirements\n- Kubernetes\n{}", words.join(" "));
        let r = analyzer().analyze("Platform Engineer", &text);
        prop_assert!(names(&r.required_skills).contains(&"Kubernetes"), "{text}");
    }

    #[test]
    fn analysing_twice_gives_identical_output(text in "[a-zA-Z0-9 ,.:;\\-+$\\n()/#]{0,400}") {
        let a = serde_json::to_string(&analyzer().analyze("Engineer", &text)).expect("serializes");
        let b = serde_json::to_string(&analyzer().analyze("Engineer", &text)).expect("serializes");
        prop_assert_eq!(a, b);
    }
}

/// A certification asked for asks for the skill it certifies, unless the
/// listing names that skill apart; the certification stays a keyword.
#[test]
fn a_certification_asks_for_the_skill_it_certifies() {
    let r = analyzer().analyze(
        "Cloud Engineer",
        "Requirements\n- AWS Certified Solutions Architect required\n\nNice to have\n- CKA or CKAD",
    );
    assert_eq!(names(&r.required_skills), ["AWS"]);
    assert_eq!(
        r.required_skills[0].evidence,
        "AWS Certified Solutions Architect required"
    );
    assert_eq!(names(&r.preferred_skills), ["Kubernetes"]);
    assert!(r
        .keywords
        .iter()
        .any(|k| &*k.term == "AWS Certified Solutions Architect"));
    // Named apart, the skill is asked where it is named, once.
    let r = analyzer().analyze(
        "Cloud Engineer",
        "Requirements\n- AWS Certified Solutions Architect\n- 5+ years of AWS",
    );
    assert_eq!(names(&r.required_skills), ["AWS"]);
    assert_eq!(r.required_skills[0].evidence, "5+ years of AWS");
}

/// A stack is shorthand for its parts: asking for it asks for each (the
/// years too), a part named apart is asked where it is named, and the
/// stack stays a keyword. `mean` alone is the word.
#[test]
fn a_stack_asks_for_its_parts() {
    let r = analyzer().analyze(
        "Full Stack Developer",
        "Requirements\n- 3+ years with the MERN stack\n- MongoDB at scale\n\n\
         Nice to have\n- LAMP stack",
    );
    assert_eq!(
        names(&r.required_skills),
        ["Express", "React", "Node.js", "MongoDB"]
    );
    assert_eq!(
        r.required_skills[0].evidence,
        "3+ years with the MERN stack"
    );
    assert_eq!(r.required_skills[3].evidence, "MongoDB at scale");
    assert_eq!(
        names(&r.preferred_skills),
        ["Linux", "Apache HTTP Server", "MySQL", "PHP"]
    );
    let years: Vec<_> = r
        .skill_years
        .iter()
        .map(|y| (y.skill.as_deref().unwrap_or_default(), y.min))
        .collect();
    assert_eq!(
        years,
        [
            ("MongoDB", 3.0),
            ("Express", 3.0),
            ("React", 3.0),
            ("Node.js", 3.0)
        ]
    );
    assert!(r.keywords.iter().any(|k| &*k.term == "MERN stack"));
    let r = analyzer().analyze(
        "Engineer",
        "Requirements\n- MEAN stack or PERN stack\n- You mean business and stack the odds",
    );
    assert_eq!(
        names(&r.required_skills),
        [
            "MongoDB",
            "Express",
            "Angular",
            "Node.js",
            "PostgreSQL",
            "React"
        ]
    );
}

/// `Analyzer::work_mode`, built with the `work-mode` feature (the default).
#[cfg(feature = "work-mode")]
mod work_mode {
    use super::*;
    use kairos_core::analysis::WorkMode;

    /// The work mode and its evidence, or `None`.
    fn work_mode(title: &str, text: &str) -> Option<(WorkMode, String)> {
        analyzer()
            .work_mode(title, text)
            .map(|w| (w.mode, w.evidence))
    }

    #[test]
    fn the_work_mode_comes_from_the_title_the_head_or_a_phrase_that_says_it() {
        use WorkMode::{Hybrid, Onsite, Remote};
        for (title, text, mode, evidence) in [
            (
                "Software Engineer (Remote)",
                "We use Go.",
                Remote,
                "title: Software Engineer (Remote)",
            ),
            (
                "",
                "Backend Engineer\nAcme · Berlin, Germany (Hybrid) · Full time\nWe use Go.",
                Hybrid,
                "Acme · Berlin, Germany (Hybrid) · Full time",
            ),
            (
                "Engineer",
                "Sydney NSW\nThis is not a remote role. You will work with Python.",
                Onsite,
                "This is not a remote role",
            ),
            (
                "Engineer",
                "London\nWe build remote monitoring systems. This is a fully remote position with Go.",
                Remote,
                "This is a fully remote position with Go",
            ),
            (
                "Engineer",
                "Melbourne VIC\nAbout us: we are a remote-first company.\nRequirements: Java.",
                Remote,
                "About us: we are a remote-first company",
            ),
            (
                "Data Analyst",
                "Work arrangement: Hybrid (3 days in office)\nSQL required",
                Hybrid,
                "Work arrangement: Hybrid (3 days in office)",
            ),
            // A head word denied: not remote is on site.
            (
                "Engineer",
                "Location: Sydney\nRemote work is not possible for this role.",
                Onsite,
                "Remote work is not possible for this role.",
            ),
            ("Engineer", "Remote: No\nWe use Go.", Onsite, "Remote: No"),
            (
                "Engineer",
                "Remote - no relocation needed\nWe use Go.",
                Remote,
                "Remote - no relocation needed",
            ),
            // A description pasted as HTML is read on its text.
            (
                "Engineer",
                "<p>Berlin</p><p>This role is <b>fully remote</b> within Germany.</p>",
                Remote,
                "This role is fully remote within Germany",
            ),
            (
                "Nurse",
                "Perth WA\nThe role is fully on-site at our clinic.",
                Onsite,
                "The role is fully on-site at our clinic",
            ),
            (
                "Engineer",
                "Toronto\n\nYou will spend two days in the office each week.",
                Hybrid,
                "You will spend two days in the office each week",
            ),
            // A count of days of the week makes the office or home part of
            // the week: hybrid, unless it is the whole week.
            (
                "Engineer",
                "Sydney NSW\nYou will work from home two days a week and from our Sydney office the rest.",
                Hybrid,
                "You will work from home two days a week and from our Sydney office the rest.",
            ),
            (
                "Engineer",
                "Sydney NSW\nThe role requires you to be in the office 3 days per week.",
                Hybrid,
                "The role requires you to be in the office 3 days per week",
            ),
            (
                "Engineer",
                "Sydney NSW\nYou will work five days a week in the office.",
                Onsite,
                "You will work five days a week in the office",
            ),
            ("Engineer", "Hybrid (2 days WFH)\nWe use Go.", Hybrid, "Hybrid (2 days WFH)"),
            // Days that are not of the working week.
            (
                "Engineer",
                "Sydney NSW\nFully remote, with 2 days a year at our offsite.",
                Remote,
                "Fully remote, with 2 days a year at our offsite",
            ),
            (
                "Engineer",
                "Sydney NSW\nThis is a fully remote role with a 4-day week.",
                Remote,
                "This is a fully remote role with a 4-day week",
            ),
            (
                "Engineer",
                "Remote · Posted 3 days ago\nWe use Go.",
                Remote,
                "Remote · Posted 3 days ago",
            ),
            // A question and its answer; a denial before the word.
            (
                "Engineer",
                "Remote work? Sorry, no.\nWe use Go.",
                Onsite,
                "Remote work? Sorry, no.",
            ),
            (
                "Engineer",
                "Remote? No problem.\nWe use Go.",
                Remote,
                "Remote? No problem.",
            ),
            (
                "Engineer",
                "Perth WA\nThis role cannot be performed remotely.",
                Onsite,
                "This role cannot be performed remotely.",
            ),
            (
                "Engineer",
                "Perth WA\nThis isn't a remote role.",
                Onsite,
                "This isn't a remote role",
            ),
            ("Engineer", "Location: Anywhere\nWe use Go.", Remote, "Location: Anywhere"),
            (
                "Engineer",
                "Berlin\nThe team is partially remote.",
                Hybrid,
                "The team is partially remote",
            ),
            // Days of the week named beside the word.
            (
                "Engineer",
                "Sydney NSW\nWe offer flexible hours and you can work from home on Fridays.",
                Hybrid,
                "We offer flexible hours and you can work from home on Fridays.",
            ),
            (
                "Engineer",
                "Work arrangement: in office Monday to Wednesday, remote Thursday and Friday\nWe use Go.",
                Hybrid,
                "Work arrangement: in office Monday to Wednesday, remote Thursday and Friday",
            ),
            (
                "Engineer",
                "Location: Sydney · On-site Mon-Fri\nWe use Go.",
                Onsite,
                "Location: Sydney · On-site Mon-Fri",
            ),
            (
                "Engineer",
                "Sydney NSW\nAfter probation, Mondays and Fridays from home.",
                Hybrid,
                "After probation, Mondays and Fridays from home",
            ),
            // An option to work from home.
            (
                "Engineer",
                "Vienna\nWe offer flexible working hours and the option to work from home.",
                Hybrid,
                "We offer flexible working hours and the option to work from home",
            ),
            (
                "Engineer",
                "Vienna\nBenefits: free coffee, home office possible, team events.",
                Hybrid,
                "Benefits: free coffee, home office possible, team events",
            ),
            // What a company is not says nothing: the home office does.
            (
                "Engineer",
                "Berlin\nHome office possible (but we're not remote-first).",
                Hybrid,
                "Home office possible (but we're not remote-first)",
            ),
            // A choice of modes is the freer one.
            (
                "",
                "Android Engineer - onsite or remote (Berlin)\nWe use Kotlin.",
                Remote,
                "Android Engineer - onsite or remote (Berlin)",
            ),
            ("Engineer", "Sydney NSW · Remote/Hybrid\nWe use Go.", Remote, "Sydney NSW · Remote/Hybrid"),
            ("Engineer", "Workplace: On-site or hybrid\nWe use Go.", Hybrid, "Workplace: On-site or hybrid"),
        ] {
            assert_eq!(
                work_mode(title, text),
                Some((mode, evidence.to_owned())),
                "{title} / {text}"
            );
        }
    }

    #[test]
    fn remote_and_hybrid_things_are_no_work_mode() {
        for (title, text) in [
            ("Remote Sensing Analyst", "Perth WA\nWe need GIS."),
            ("Hybrid Apps Developer", "We build apps in Ionic."),
            ("Engineer", "Sydney NSW\nWe build remote monitoring for mines and hybrid cloud platforms on AWS."),
            // The hiring, not the work.
            ("Engineer", "Sydney NSW\nWe run a fully remote interview process."),
            ("Engineer", "Berlin\nWe are not remote-first."),
            // A head word in a long sentence of the introduction is not a line of facts.
            ("Engineer", "Hybrid: not offered\nWe use Go."),
            ("Engineer", "We are a fast-growing company that helps teams work remotely with better tools, founded in 2015 and trusted by thousands."),
            // A denied hybrid phrase says nothing of which other mode.
            ("Engineer", "Sydney NSW\nThis is not a hybrid role."),
            // Weekend days are shifts, not part of a working week.
            ("Engineer", "Sydney NSW\nSupport engineers work on-site Saturdays in our data centre, which runs around the clock for customers across the region."),
            // A day named beside an office is a meeting's.
            ("Engineer", "Sydney NSW\nWe meet in the office on Mondays."),
            // An office or a home without a count of days of the week.
            ("Engineer", "Sydney NSW\nWe have snacks in the office every day and 25 days of leave."),
        ] {
            assert_eq!(work_mode(title, text), None, "{title} / {text}");
        }
    }

    #[test]
    fn a_head_word_in_the_body_counts_with_days_of_the_week() {
        let head = "Sydney NSW\n".to_owned()
            + &"We build payment systems for banks across the region. ".repeat(12);
        let hybrid = format!("{head}\nYou can work from home up to 2 days a week.");
        assert_eq!(
            work_mode("Engineer", &hybrid),
            Some((
                WorkMode::Hybrid,
                "You can work from home up to 2 days a week".to_owned()
            ))
        );
        let none = format!("{head}\nStaff can work from home when their kids are sick.");
        assert_eq!(work_mode("Engineer", &none), None);
    }

    proptest! {
        /// Any text, with the work-mode words strewn in: no panic, and the
        /// evidence is text of the input (or the title).
        #[test]
        fn the_work_mode_of_any_text_is_read_without_panics(
            text in "(Remote|hybrid|on-site|not a remote|fully remote|days in the office|in the office|work from home|2 days a week|five days|a day|isn’t|Fridays|Mon–Fri|on Monday to| or remote|/hybrid|\\? no|cannot|é|🙂|\n|: |\\. | |[a-z]{1,6}){0,40}",
        ) {
            if let Some(said) = analyzer().work_mode("", &text) {
                let cleaned = analyzer().clean_text(&text);
                for piece in said.evidence.split('…') {
                    prop_assert!(cleaned.contains(piece), "{:?} not in {:?}", piece, cleaned);
                }
            }
        }
    }
}

/// What the job asks is said in its asks: a duty or the introduction
/// naming a skill (`with a React front end`) does not make required what
/// the requirements only hope for (`Familiarity with React would be
/// great`), before or after it; an ask in the requirements, or the title,
/// still does.
#[test]
fn the_asks_say_how_much_a_skill_the_duties_name_is_wanted() {
    let read = |title: &str, text: &str| {
        let r = analyzer().analyze(title, text);
        let required: Vec<String> = names(&r.required_skills)
            .iter()
            .map(|s| s.to_string())
            .collect();
        let preferred: Vec<String> = names(&r.preferred_skills)
            .iter()
            .map(|s| s.to_string())
            .collect();
        (required, preferred)
    };
    let hoped = "The role\nYou'll work on our scheduling engine, written in C#, with a React front end.\n\n\
                 What you'll bring\n- 3+ years of C#\n- Familiarity with React would be great\n";
    assert_eq!(
        read("Software Developer", hoped),
        (vec!["C#".to_owned()], vec!["React".to_owned()])
    );
    let hoped_first = "Nice to have\n- React\n\nWhat you'll do\n- Build React front ends in C#\n";
    assert_eq!(
        read("Software Developer", hoped_first),
        (vec!["C#".to_owned()], vec!["React".to_owned()])
    );
    // Asked in the requirements too, it is required.
    let asked = "What you'll do\n- Build React front ends\n\nRequirements\n- React\n- C#, ideally with Blazor\n";
    assert_eq!(read("Software Developer", asked).0, ["React", "C#"]);
    // The title names what the job is for.
    assert_eq!(read("React Developer", hoped).0, ["React", "C#"]);
}
