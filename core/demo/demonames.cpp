#include "demonames.h"

namespace chairside::DemoNames {

namespace {

// Shares and orders are rough, after US census tables and the families a Boston-area clinic sees.

// The tables of names read better several to a line.
// clang-format off
const char *const kEnglishLast[] = {
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Thomas",
    "Taylor", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis",
    "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Nelson",
    "Baker", "Hall", "Campbell", "Mitchell", "Carter", "Roberts", "Phillips", "Evans", "Turner", "Parker",
    "Edwards", "Collins", "Stewart", "Morris", "Rogers", "Reed", "Cook", "Morgan", "Bell", "Cooper",
    "Richardson", "Cox", "Howard", "Ward", "Peterson", "Gray", "James", "Watson", "Brooks", "Sanders",
    "Price", "Bennett", "Wood", "Barnes", "Ross", "Henderson", "Coleman", "Jenkins", "Perry", "Powell",
    "Long", "Patterson", "Hughes", "Washington", "Butler", "Simmons", "Foster", "Bryant", "Alexander",
    "Russell", "Griffin", "Hayes", "Myers", "Ford", "Graham", "Wallace", "Woods", "Cole", "West", "Jordan",
    "Owens", "Reynolds", "Fisher", "Ellis", "Harrison", "Gibson", "Marshall", "Freeman", "Wells", "Webb",
    "Simpson", "Stevens", "Tucker", "Porter", "Hunter", "Hicks", "Crawford", "Henry", "Boyd", "Mason",
    "Warren", "Dixon", "Burns", "Gordon", "Shaw", "Holmes", "Rice", "Robertson", "Hunt", "Black", "Daniels",
    "Palmer", "Mills", "Nichols", "Grant", "Knight", "Ferguson", "Stone", "Hawkins", "Dunn", "Perkins",
    "Hudson", "Spencer", "Gardner", "Stephens", "Payne", "Pierce", "Berry", "Matthews", "Arnold", "Willis",
    "Ray", "Watkins", "Olson", "Carroll", "Duncan", "Snyder", "Hart", "Cunningham", "Bradley", "Lane",
    "Andrews", "Harper", "Fox", "Riley", "Armstrong", "Carpenter", "Weaver", "Greene", "Lawrence", "Elliott",
    "Sims", "St. Clair", "Smith-Jones",
};

const FirstName kEnglishFirst[] = {
    {"James", "Jim"}, {"Mary", nullptr}, {"Michael", "Mike"}, {"John", "Jack"}, {"Patricia", "Pat"},
    {"Robert", "Bob"}, {"Jennifer", "Jen"}, {"David", "Dave"}, {"Linda", nullptr}, {"William", "Bill"},
    {"Elizabeth", "Liz"}, {"Richard", "Rick"}, {"Barbara", nullptr}, {"Joseph", "Joe"}, {"Susan", "Sue"},
    {"Thomas", "Tom"}, {"Jessica", "Jess"}, {"Christopher", "Chris"}, {"Sarah", nullptr},
    {"Charles", "Charlie"}, {"Karen", nullptr}, {"Daniel", "Dan"}, {"Lisa", nullptr}, {"Matthew", "Matt"},
    {"Nancy", nullptr}, {"Anthony", "Tony"}, {"Margaret", "Peggy"}, {"Mark", nullptr}, {"Sandra", nullptr},
    {"Ashley", nullptr}, {"Steven", "Steve"}, {"Emily", nullptr}, {"Paul", nullptr}, {"Michelle", nullptr},
    {"Andrew", "Andy"}, {"Kimberly", "Kim"}, {"Joshua", "Josh"}, {"Dorothy", "Dot"}, {"Kevin", nullptr},
    {"Carol", nullptr}, {"Brian", nullptr}, {"Amanda", "Mandy"}, {"George", nullptr}, {"Melissa", nullptr},
    {"Edward", "Ed"}, {"Deborah", "Debbie"}, {"Ronald", "Ron"}, {"Stephanie", nullptr}, {"Timothy", "Tim"},
    {"Rebecca", "Becky"}, {"Jason", nullptr}, {"Sharon", nullptr}, {"Jeffrey", "Jeff"}, {"Laura", nullptr},
    {"Ryan", nullptr}, {"Cynthia", "Cindy"}, {"Jacob", "Jake"}, {"Kathleen", "Kathy"}, {"Gary", nullptr},
    {"Amy", nullptr}, {"Nicholas", "Nick"}, {"Angela", nullptr}, {"Eric", nullptr}, {"Shirley", nullptr},
    {"Jonathan", "Jon"}, {"Anna", nullptr}, {"Stephen", nullptr}, {"Brenda", nullptr}, {"Larry", nullptr},
    {"Pamela", "Pam"}, {"Justin", nullptr}, {"Emma", nullptr}, {"Scott", nullptr}, {"Nicole", nullptr},
    {"Brandon", nullptr}, {"Helen", nullptr}, {"Benjamin", "Ben"}, {"Samantha", "Sam"}, {"Samuel", "Sam"},
    {"Katherine", "Kate"}, {"Gregory", "Greg"}, {"Christine", nullptr}, {"Alexander", "Alex"},
    {"Debra", nullptr}, {"Frank", nullptr}, {"Rachel", nullptr}, {"Carolyn", nullptr}, {"Raymond", "Ray"},
    {"Janet", nullptr}, {"Jack", nullptr}, {"Catherine", "Cathy"}, {"Dennis", nullptr}, {"Heather", nullptr},
    {"Jerry", nullptr}, {"Diane", nullptr}, {"Tyler", nullptr}, {"Ruth", nullptr}, {"Aaron", nullptr},
    {"Julie", nullptr}, {"Olivia", "Liv"}, {"Adam", nullptr}, {"Joyce", nullptr}, {"Nathan", "Nate"},
    {"Virginia", "Ginny"}, {"Henry", "Hank"}, {"Victoria", "Tori"}, {"Douglas", "Doug"}, {"Kelly", nullptr},
    {"Zachary", "Zach"}, {"Lauren", nullptr}, {"Peter", "Pete"}, {"Christina", nullptr}, {"Kyle", nullptr},
    {"Joan", nullptr}, {"Noah", nullptr}, {"Evelyn", "Evie"}, {"Ethan", nullptr}, {"Judith", "Judy"},
    {"Jeremy", nullptr}, {"Megan", "Meg"}, {"Walter", "Walt"}, {"Andrea", nullptr}, {"Christian", nullptr},
    {"Cheryl", nullptr}, {"Keith", nullptr}, {"Hannah", nullptr}, {"Roger", nullptr},
    {"Jacqueline", "Jackie"}, {"Terry", nullptr}, {"Martha", nullptr}, {"Gloria", nullptr},
    {"Gerald", "Gerry"}, {"Carl", nullptr}, {"Ann", nullptr}, {"Harold", "Hal"}, {"Madison", nullptr},
    {"Frances", "Fran"}, {"Arthur", "Art"}, {"Kathryn", nullptr}, {"Lawrence", "Larry"}, {"Janice", nullptr},
    {"Jordan", nullptr}, {"Jean", nullptr}, {"Abigail", "Abby"}, {"Alice", nullptr}, {"Bruce", nullptr},
    {"Sophia", nullptr}, {"Gabriel", "Gabe"}, {"Grace", nullptr}, {"Albert", "Al"}, {"Denise", nullptr},
    {"Marilyn", nullptr}, {"Wayne", nullptr}, {"Beverly", "Bev"}, {"Vincent", "Vince"}, {"Isabella", "Bella"},
    {"Russell", "Russ"}, {"Theresa", nullptr}, {"Philip", "Phil"}, {"Natalie", nullptr}, {"Eugene", "Gene"},
    {"Charlotte", nullptr}, {"Zoë", nullptr}, {"Renée", nullptr},
};

const char *const kIrishLast[] = {
    "Murphy", "Sullivan", "O'Brien", "Kelly", "McCarthy", "O'Connor", "Walsh", "Ryan", "Kennedy", "O'Neill",
    "Lynch", "Quinn", "Fitzgerald", "Doherty", "McDonald", "Byrne", "Gallagher", "Murray", "Brennan",
    "Donovan", "O'Sullivan", "O'Malley", "McLaughlin", "O'Leary", "Fitzpatrick", "Keane", "MacLeod",
    "Ó Briain", "Mac Giolla",
};

const FirstName kIrishFirst[] = {
    {"Patrick", "Pat"}, {"Mary", nullptr}, {"John", "Jack"}, {"Kathleen", "Kathy"}, {"Michael", "Mike"},
    {"Maureen", "Mo"}, {"Sean", nullptr}, {"Bridget", "Biddy"}, {"Kevin", nullptr}, {"Eileen", nullptr},
    {"Brendan", nullptr}, {"Colleen", nullptr}, {"Liam", nullptr}, {"Siobhán", nullptr}, {"Declan", nullptr},
    {"Fiona", nullptr}, {"Conor", nullptr}, {"Niamh", nullptr}, {"Seán", nullptr}, {"Aoife", nullptr},
    {"Ciarán", nullptr}, {"Róisín", nullptr}, {"Pádraig", nullptr},
};

const char *const kHispanicLast[] = {
    "Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez",
    "Torres", "Flores", "Rivera", "Diaz", "Cruz", "Reyes", "Morales", "Ramos", "Gonzales", "Ortiz", "Gomez",
    "Ruiz", "Chavez", "Mendoza", "Castillo", "Vasquez", "Romero", "Herrera", "Medina", "Aguilar", "Vargas",
    "Castro", "Guzman", "Salazar", "Rojas", "Delgado", "Figueroa", "Soto", "Contreras", "Sandoval", "Cabrera",
    "Pacheco", "Santiago", "Colón", "Rosario", "Vega", "Serrano", "Fuentes", "Estrada", "Molina", "Suárez",
    "Navarro", "Guerrero", "Valdez", "Ríos", "Sosa", "Villanueva", "Nuñez", "Peña", "Muñoz", "Jiménez",
    "Álvarez", "Fernández", "Ibáñez", "Velázquez", "Domínguez", "de la Cruz", "Del Rosario", "de León",
    "Garcia-Lopez",
};

const FirstName kHispanicFirst[] = {
    {"Maria", nullptr}, {"José", "Pepe"}, {"Jose", nullptr}, {"Juan", nullptr}, {"Carlos", nullptr},
    {"Luis", nullptr}, {"Ana", nullptr}, {"Rosa", nullptr}, {"Miguel", nullptr}, {"Jorge", nullptr},
    {"Carmen", nullptr}, {"Francisco", "Paco"}, {"Pedro", nullptr}, {"Elena", nullptr}, {"Manuel", nullptr},
    {"Isabel", nullptr}, {"Guadalupe", "Lupe"}, {"Alejandro", "Alex"}, {"Gabriela", "Gaby"},
    {"Sofía", nullptr}, {"Lucía", nullptr}, {"Daniela", nullptr}, {"Diego", nullptr}, {"Andrés", nullptr},
    {"Raúl", nullptr}, {"Jesús", "Chuy"}, {"Inés", nullptr}, {"Ángel", nullptr}, {"Ramón", nullptr},
    {"Beatriz", "Bea"}, {"Marisol", nullptr}, {"Yesenia", nullptr}, {"Xiomara", nullptr},
    {"Joaquín", nullptr},
};

const char *const kPortugueseLast[] = {
    "Silva", "Santos", "Pereira", "Ferreira", "Costa", "Oliveira", "Souza", "Almeida", "Carvalho", "Gomes",
    "Ribeiro", "Barbosa", "Teixeira", "Fonseca", "Mendes", "Medeiros", "Araújo", "De Souza", "dos Santos",
    "da Silva",
};

const FirstName kPortugueseFirst[] = {
    {"Maria", nullptr}, {"José", "Zé"}, {"João", nullptr}, {"Ana", nullptr}, {"Antônio", "Tonho"},
    {"Paulo", nullptr}, {"Fernanda", nullptr}, {"Rafael", nullptr}, {"Luís", nullptr}, {"Fátima", nullptr},
    {"Thiago", nullptr}, {"Letícia", nullptr}, {"Gonçalo", nullptr}, {"Conceição", nullptr},
    {"Luíza", nullptr}, {"Vitória", nullptr},
};

const char *const kVietnameseLast[] = {
    "Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Do", "Ho", "Ngo", "Duong", "Ly",
    "Nguyen-Tran", "Nguyễn", "Trần", "Lê", "Phạm",
};

const FirstName kVietnameseFirst[] = {
    {"Minh", nullptr}, {"Thanh", nullptr}, {"Linh", nullptr}, {"Anh", nullptr}, {"Huong", nullptr},
    {"Tuan", "Tony"}, {"Duc", nullptr}, {"Hoa", nullptr}, {"Mai", nullptr}, {"Phuong", nullptr},
    {"Lan", nullptr}, {"Quang", nullptr}, {"Bao", nullptr}, {"Khanh", nullptr}, {"Thuy", nullptr},
    {"Hung", nullptr}, {"Long", nullptr}, {"Trang", nullptr},
};

const char *const kChineseLast[] = {
    "Chen", "Wang", "Li", "Zhang", "Liu", "Wong", "Huang", "Chan", "Lin", "Wu", "Zhou", "Zhao", "Xu", "Sun",
    "Ma", "Zhu", "Cheung", "Lau", "Leung", "Ho",
};

const FirstName kChineseFirst[] = {
    {"Wei", nullptr}, {"Jing", nullptr}, {"Xiaoming", "Sam"}, {"Li Na", nullptr}, {"Mei", nullptr},
    {"Hui", nullptr}, {"Jun", nullptr}, {"Hao", nullptr}, {"Yan", nullptr}, {"Lei", nullptr},
    {"Ying", nullptr}, {"Xin", nullptr}, {"Ming", nullptr}, {"Qiang", nullptr}, {"Fang", nullptr},
    {"Ka-wai", nullptr},
};

const char *const kKoreanLast[] = {"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Lim", "Han"};

const FirstName kKoreanFirst[] = {
    {"Ji-woo", nullptr}, {"Min-jun", nullptr}, {"Seo-yeon", nullptr}, {"Hyun-woo", nullptr},
    {"Eun-ji", nullptr}, {"Soo-jin", nullptr}, {"Jae-hyun", nullptr}, {"Sun-hee", nullptr},
    {"Young", nullptr},
};

const char *const kSouthAsianLast[] = {
    "Patel", "Singh", "Shah", "Kaur", "Sharma", "Gupta", "Reddy", "Iyer", "Nair", "Desai", "Mehta", "Joshi",
    "Chowdhury", "Rahman", "Hossain",
};

const FirstName kSouthAsianFirst[] = {
    {"Priya", nullptr}, {"Rahul", nullptr}, {"Anjali", nullptr}, {"Arjun", nullptr}, {"Deepak", nullptr},
    {"Sunita", nullptr}, {"Vikram", "Vik"}, {"Lakshmi", nullptr}, {"Ananya", nullptr}, {"Sanjay", nullptr},
    {"Ravi", nullptr}, {"Meera", nullptr}, {"Amit", nullptr}, {"Pooja", nullptr}, {"Raj", nullptr},
};

const char *const kItalianLast[] = {
    "Russo", "Rossi", "Esposito", "Romano", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca",
    "Mancini", "Costa", "Lombardi", "Moretti", "Caruso", "Fontana", "Ferrari", "Bianchi", "Colombo",
    "D'Angelo", "D'Amico", "DiNapoli",
};

const FirstName kItalianFirst[] = {
    {"Anthony", "Tony"}, {"Joseph", "Joe"}, {"Maria", nullptr}, {"Salvatore", "Sal"}, {"Angela", nullptr},
    {"Giuseppe", "Joe"}, {"Teresa", nullptr}, {"Vincenzo", "Vinny"}, {"Francesca", nullptr},
    {"Giovanni", nullptr}, {"Carmela", nullptr}, {"Rocco", nullptr}, {"Chiara", nullptr},
    {"Alessandro", nullptr}, {"Giulia", nullptr},
};

const char *const kJewishLast[] = {
    "Cohen", "Levine", "Shapiro", "Goldberg", "Katz", "Friedman", "Kaplan", "Rosenberg", "Ben-David",
};

const FirstName kJewishFirst[] = {
    {"David", nullptr}, {"Sarah", nullptr}, {"Rachel", nullptr}, {"Benjamin", "Ben"}, {"Miriam", nullptr},
    {"Daniel", nullptr}, {"Ruth", nullptr}, {"Avi", nullptr}, {"Yael", nullptr}, {"Moshe", nullptr},
    {"Shira", nullptr}, {"Eitan", nullptr}, {"Noa", nullptr},
};

const char *const kFrenchLast[] = {
    "Pierre", "Joseph", "Tremblay", "Gagnon", "Côté", "Bouchard", "Pelletier", "Lévesque", "Bélanger",
    "Dubois", "Girard", "Thériault", "Lefèvre", "Toussaint", "Étienne", "Jean-Baptiste", "Saint-Louis",
    "Le Roux",
};

const FirstName kFrenchFirst[] = {
    {"Marie", nullptr}, {"Jean", nullptr}, {"Pierre", nullptr}, {"Michel", nullptr}, {"Jean-Pierre", nullptr},
    {"Marie-Claire", nullptr}, {"François", nullptr}, {"Hélène", nullptr}, {"Renée", nullptr},
    {"Chloé", nullptr}, {"Zoé", nullptr}, {"Noémie", nullptr}, {"Amélie", nullptr}, {"Anaïs", nullptr},
    {"Joël", nullptr}, {"Léa", nullptr}, {"Céline", nullptr}, {"Nadège", nullptr}, {"Guerline", nullptr},
};

const char *const kCentralEuropeanLast[] = {
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schäfer", "Hoffmann",
    "Schröder", "Köhler", "Krüger", "Zimmermann", "Neumann", "Schwarz", "Braun", "Weiß", "Strauß",
    "Van der Berg", "van Dijk", "de Vries", "van den Bosch", "Bakker", "Visser", "Janssens", "Peeters",
    "Novák", "Dvořák", "Svoboda", "Nagy", "Tóth", "Szabó", "Kovács", "Horváth",
};

const FirstName kCentralEuropeanFirst[] = {
    {"Anna", nullptr}, {"Klaus", nullptr}, {"Sabine", nullptr}, {"Wolfgang", nullptr}, {"Jürgen", nullptr},
    {"Greta", nullptr}, {"Lukas", nullptr}, {"Hanna", nullptr}, {"Renate", nullptr}, {"Jan", nullptr},
    {"Pieter", nullptr}, {"Sanne", nullptr}, {"Eva", nullptr}, {"Petr", nullptr}, {"Zoltán", nullptr},
    {"Katalin", nullptr}, {"Zoë", nullptr},
};

const char *const kEasternEuropeanLast[] = {
    "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Lewandowski", "Zieliński", "Szymański",
    "Dąbrowski", "Ivanov", "Smirnov", "Petrov", "Kuznetsov", "Popov", "Volkov", "Sokolov",
};

const FirstName kEasternEuropeanFirst[] = {
    {"Anna", nullptr}, {"Katarzyna", "Kasia"}, {"Małgorzata", "Gosia"}, {"Krzysztof", nullptr},
    {"Łukasz", nullptr}, {"Agnieszka", nullptr}, {"Paweł", nullptr}, {"Wojciech", nullptr}, {"Olga", nullptr},
    {"Sergei", nullptr}, {"Natalia", "Natasha"}, {"Dmitri", nullptr}, {"Aleksandr", "Sasha"},
    {"Tatiana", "Tanya"}, {"Irina", nullptr},
};

const char *const kNordicLast[] = {
    "Hansen", "Johansson", "Andersen", "Nielsen", "Karlsson", "Pedersen", "Nilsson", "Larsen", "Eriksson",
    "Sørensen", "Jørgensen", "Lindström", "Bergström", "Østergaard", "Åberg", "Virtanen", "Korhonen",
    "Mäkinen", "Hämäläinen",
};

const FirstName kNordicFirst[] = {
    {"Lars", nullptr}, {"Anders", nullptr}, {"Ingrid", nullptr}, {"Erik", nullptr}, {"Astrid", nullptr},
    {"Sven", nullptr}, {"Mette", nullptr}, {"Søren", nullptr}, {"Björn", nullptr}, {"Åsa", nullptr},
    {"Øystein", nullptr}, {"Sigrid", nullptr}, {"Freya", nullptr}, {"Aino", nullptr}, {"Eero", nullptr},
};

const char *const kMediterraneanLast[] = {
    "Haddad", "Khoury", "Papadopoulos", "Nassar", "Saleh", "Georgiou", "Mansour", "Al-Sayed", "Abdullah",
    "Yılmaz", "Öztürk", "Kaya", "Demir", "Nikolaidis", "El-Amin",
};

const FirstName kMediterraneanFirst[] = {
    {"Mohammed", nullptr}, {"Ahmed", nullptr}, {"Fatima", nullptr}, {"Omar", nullptr}, {"Muhammad", nullptr},
    {"Layla", nullptr}, {"Yusuf", nullptr}, {"Mariam", nullptr}, {"Hassan", nullptr}, {"Aisha", nullptr},
    {"Khalid", nullptr}, {"Nour", nullptr}, {"Rania", nullptr}, {"Sami", nullptr}, {"Dimitrios", "Jim"},
    {"Eleni", nullptr}, {"Konstantinos", "Gus"}, {"Panagiota", "Penny"}, {"Özlem", nullptr},
    {"Emre", nullptr}, {"Ayşe", nullptr},
};

const char *const kAfricanLast[] = {
    "Okafor", "Mensah", "Adeyemi", "Owusu", "Okonkwo", "Boateng", "Diallo", "Abebe", "Traoré", "Ndiaye",
    "Tesfaye", "Mwangi",
};

const FirstName kAfricanFirst[] = {
    {"Chinedu", nullptr}, {"Ngozi", nullptr}, {"Kwame", nullptr}, {"Abena", nullptr}, {"Oluwaseun", "Seun"},
    {"Adaeze", nullptr}, {"Kofi", nullptr}, {"Akosua", nullptr}, {"Folasade", "Sade"}, {"Amara", nullptr},
    {"Fatoumata", nullptr}, {"Mamadou", nullptr}, {"Tendai", nullptr}, {"Yaw", nullptr}, {"Selam", nullptr},
};

const char *const kJapaneseLast[] = {
    "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi",
};

const FirstName kJapaneseFirst[] = {
    {"Hiroshi", nullptr}, {"Yuki", nullptr}, {"Kenji", nullptr}, {"Aiko", nullptr}, {"Takeshi", nullptr},
    {"Haruto", nullptr}, {"Yui", nullptr}, {"Sakura", nullptr}, {"Emi", nullptr},
};

const Origin kOrigins[] = {
    {"English", 40, 8.0, kEnglishLast, kEnglishFirst},
    {"Irish", 8, 4.0, kIrishLast, kIrishFirst},
    {"Hispanic", 16, 5.0, kHispanicLast, kHispanicFirst},
    {"Portuguese", 4, 2.0, kPortugueseLast, kPortugueseFirst},
    {"Vietnamese", 5, 0.5, kVietnameseLast, kVietnameseFirst},
    {"Chinese", 5, 2.0, kChineseLast, kChineseFirst},
    {"Korean", 2, 0.5, kKoreanLast, kKoreanFirst},
    {"South Asian", 3, 1.0, kSouthAsianLast, kSouthAsianFirst},
    {"Italian", 4, 3.0, kItalianLast, kItalianFirst},
    {"Jewish", 2, 3.0, kJewishLast, kJewishFirst},
    {"French and Haitian", 3, 3.0, kFrenchLast, kFrenchFirst},
    {"Central European", 3, 3.0, kCentralEuropeanLast, kCentralEuropeanFirst},
    {"Eastern European", 2, 3.0, kEasternEuropeanLast, kEasternEuropeanFirst},
    {"Nordic", 1, 3.0, kNordicLast, kNordicFirst},
    {"Middle Eastern, Greek and Turkish", 3, 3.0, kMediterraneanLast, kMediterraneanFirst},
    {"West and East African", 2, 3.0, kAfricanLast, kAfricanFirst},
    {"Japanese", 1, 2.0, kJapaneseLast, kJapaneseFirst},
};

// clang-format on

const Payer kPayers[] = {
    {"Blue Harbor Health", "BHH"},
    {"Commonwealth Care", "CWC"},
    {"Medicare", "MBI"},
    {"Tufts Health Plan", "THP"},
    {"Harvard Pilgrim", "HPH"},
    {"MassHealth", "MH"},
    {"Bay State Mutual", "BSM"},
};

const char *const kPrescribers[] = {
    "Dr. Okafor",
    "Dr. Lindqvist",
    "Dr. Haddad",
    "Dr. Chen",
    "Dr. Moreau",
    "Dr. Patel",
    "Dr. Kowalski",
    "Dr. Shapiro",
    "Dr. Ferreira",
    "Dr. Brennan",
};

} // namespace

std::span<const Origin> origins()
{
    return kOrigins;
}

std::span<const Payer> payers()
{
    return kPayers;
}

std::span<const char *const> prescribers()
{
    return kPrescribers;
}

} // namespace chairside::DemoNames
