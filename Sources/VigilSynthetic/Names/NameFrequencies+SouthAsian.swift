extension NameFrequencies {
    /// Pakistani, Kashmiri and Bangladeshi Muslim names; Muhammad is added as a first element by the
    /// household builder, so it is not in the male list.
    static let muslimSouthAsian = HeritageNames(
        male: [
            "Ali", "Hassan", "Imran", "Asif", "Tariq", "Zubair", "Bilal", "Usman", "Adil", "Amir", "Faisal",
            "Haroon", "Irfan", "Jamil", "Kamran", "Nadeem", "Naveed", "Omar", "Rizwan", "Sajid", "Shahid",
            "Tahir", "Waqas", "Yasir", "Zahid", "Zain", "Ibrahim", "Yusuf", "Ayaan", "Hamza", "Abdul", "Aamir",
            "Asad", "Shabir", "Arif", "Javed", "Khalid", "Rashid", "Saqib", "Shoaib", "Adnan", "Danyal",
        ],
        female: [
            "Fatima", "Ayesha", "Zainab", "Maryam", "Aisha", "Amina", "Hafsa", "Khadija", "Noor", "Sana",
            "Saima", "Nazia", "Shazia", "Rubina", "Nasreen", "Parveen", "Shabana", "Samina", "Farzana",
            "Yasmin", "Sadia", "Iqra", "Hina", "Aleena", "Zara", "Mariam", "Safiya", "Rukhsana", "Tahira",
            "Uzma", "Sumaira", "Naila", "Salma", "Razia", "Shamim", "Anisa", "Haleema", "Inaya", "Eman",
        ],
        surnames: [
            "Khan", "Hussain", "Ahmed", "Ali", "Akhtar", "Mahmood", "Iqbal", "Rehman", "Shah", "Malik", "Butt",
            "Mirza", "Qureshi", "Rashid", "Aziz", "Bashir", "Hanif", "Javed", "Karim", "Latif", "Majid",
            "Nawaz", "Raja", "Riaz", "Sadiq", "Saleem", "Sharif", "Tariq", "Yousaf", "Zaman", "Anwar", "Arshad",
            "Asghar", "Aslam", "Ayub", "Chaudhry", "Din", "Farooq", "Haq", "Hameed", "Ibrahim", "Islam", "Miah",
            "Uddin", "Rahman", "Choudhury", "Hafeez", "Kayani", "Abbasi", "Siddiqui",
        ],
        exponent: 1.1
    )

    /// Spellings of Muhammad with their shares, and the short forms some systems record.
    static let muhammadSpellings: [(String, Double)] = [
        ("Muhammad", 0.45), ("Mohammed", 0.30), ("Mohammad", 0.12), ("Mohamed", 0.08), ("Mohamad", 0.05),
    ]

    /// Every written form of Muhammad, including abbreviations, for variant corruption.
    static let muhammadVariants = ["Muhammad", "Mohammed", "Mohammad", "Mohamed", "Mohamad", "Md", "Mohd", "Muhammed"]

    /// Sikh Punjabi names; many forenames are shared by men and women, and Singh (men) and Kaur
    /// (women) often stand in place of the family name, which the household builder applies.
    static let sikhPunjabi = HeritageNames(
        male: [
            "Harpreet", "Gurpreet", "Amarjit", "Jaswinder", "Kulwinder", "Manjit", "Sukhwinder", "Baljit",
            "Ravinder", "Jasbir", "Harjinder", "Paramjit", "Rajinder", "Gurdeep", "Harjit", "Jaspal",
            "Inderjit", "Balwinder", "Satnam", "Gurmit", "Kuldip", "Jagdeep", "Mandeep", "Navdeep", "Arjun",
            "Jaskaran", "Gurjit", "Sukhdev", "Tejinder", "Ranjit",
        ],
        female: [
            "Harpreet", "Gurpreet", "Amarjit", "Jaswinder", "Kulwinder", "Manjit", "Sukhwinder", "Rajinder",
            "Paramjit", "Balwinder", "Ravinder", "Mandeep", "Navdeep", "Simran", "Amrit", "Navjot", "Gurleen",
            "Jasleen", "Harleen", "Manpreet", "Rupinder", "Kiranjit", "Parminder", "Surinder", "Sukhjit",
        ],
        surnames: [
            "Sandhu", "Gill", "Sidhu", "Dhillon", "Bains", "Johal", "Sohal", "Atwal", "Grewal", "Sahota",
            "Virdee", "Mann", "Bassi", "Chahal", "Dhaliwal", "Kang", "Rai", "Sangha", "Hayer", "Kalsi",
        ],
        exponent: 0.9
    )

    /// Gujarati and Punjabi Hindu names; Patel dominates.
    static let hinduGujarati = HeritageNames(
        male: [
            "Raj", "Rajesh", "Sanjay", "Amit", "Vijay", "Anil", "Ashok", "Dinesh", "Suresh", "Ramesh", "Mahesh",
            "Nikhil", "Rahul", "Rohan", "Arjun", "Krishna", "Vikram", "Deepak", "Hitesh", "Jayesh", "Kiran",
            "Manoj", "Nilesh", "Pravin", "Sunil", "Vinod", "Yash", "Dev", "Aarav", "Kishan",
        ],
        female: [
            "Priya", "Anjali", "Pooja", "Neha", "Sunita", "Anita", "Geeta", "Rekha", "Meena", "Kavita", "Hema",
            "Jyoti", "Nisha", "Rita", "Sangita", "Shilpa", "Asha", "Bhavna", "Divya", "Komal", "Leela",
            "Manisha", "Nita", "Radha", "Seema", "Usha", "Heena", "Kajal", "Riya", "Ishani",
        ],
        surnames: [
            "Patel", "Shah", "Mistry", "Sharma", "Kumar", "Parmar", "Chauhan", "Lad", "Solanki", "Joshi",
            "Mehta", "Desai", "Pandya", "Rana", "Bhatt", "Thakkar", "Chavda", "Makwana", "Modi", "Gohil",
            "Kotecha", "Lakhani", "Vaghela", "Kapoor", "Verma", "Gupta", "Chopra", "Malhotra",
        ],
        exponent: 1.3
    )
}
