"""English written in Asia-Pacific, Africa and the Middle East: national ids with their own check
digits, id and hospital labels of those countries, UPI payment handles, one-time codes texted
first, names with initials and "S/o", and the token an id's hyphens and slashes make.
Every value here is made up for the test."""

import pytest

from tests.unit.detect.util import detector_for, values

NATIONAL_IDS = [
    ("PRC Resident ID: 110105199003071239", "110105199003071239"),
    ("my CNIC is 35202-1234567-3 ok", "35202-1234567-3"),
    ("My NIC is 853561234V. Billing address below", "853561234V"),
    ("HKID C668721(9), correspondence address below", "C668721(9)"),
    ("Aadhaar 3847 2910 5624 linked to the account", "3847 2910 5624"),
    ("teudat zehut 318245677 for the referral", "318245677"),
    ("asked me to confirm my SIN 546 281 379 by text", "546 281 379"),
    ("Voter ID (EPIC): XKQ4418203", "XKQ4418203"),
    ("NSSF No.: 2093317741", "2093317741"),
]


@pytest.mark.parametrize("text,value", NATIONAL_IDS)
def test_national_ids_of_more_countries_are_found(text, value):
    assert value in values("NATIONAL_ID", text)


@pytest.mark.parametrize("text", ["Order 546 281 379 shipped on Monday", "Invoice 318245677 is paid"])
def test_a_check_digit_alone_without_an_id_word_is_no_national_id(text):
    assert values("NATIONAL_ID", text) == []


@pytest.mark.parametrize(
    "entity,text,value",
    [
        ("MEDICAL_RECORD_NUMBER", "lab report for hospital file QMH-5521804, please", "QMH-5521804"),
        ("MEDICAL_RECORD_NUMBER", "IP no IP/2023/0912284, MR no KA-MYS-00718263, admitted", "IP/2023/0912284"),
        ("MEDICAL_RECORD_NUMBER", "IP no IP/2023/0912284, MR no KA-MYS-00718263, admitted", "KA-MYS-00718263"),
        # the id's prefix stands outside what the record-number rule reads; the token is one value
        ("MEDICAL_RECORD_NUMBER", "MRN there: QMH-00998172. Patient is my son", "QMH-00998172"),
        ("HEALTH_PLAN_NUMBER", "Her member card HLX-77120495 was declined", "HLX-77120495"),
        ("HEALTH_PLAN_NUMBER", "Insurance: Bupa card BP-44120917-03, please bill them", "BP-44120917-03"),
    ],
)
def test_hospital_and_insurer_labels(entity, text, value):
    assert value in values(entity, text)


def test_upi_handles_are_bank_accounts_and_an_email_is_not_one():
    assert "rohit.k92@okaxis" in values("BANK_ACCOUNT", "please refund to rohit.k92@okaxis.")
    assert "meera22@icicipay" in values("BANK_ACCOUNT", "my UPI id is meera22@icicipay, thanks")
    assert values("BANK_ACCOUNT", "mail me at priya@paytm.com ok") == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("731902 is your OTP for login. Do not share it.", "731902"),
        ("G-418230 is your Google verification code.", "G-418230"),
        ("615 207 es tu código de verificación", "615 207"),
        ("Your PIN reset code is 3 8 1 6 0 7. Expires in 5 min.", "3 8 1 6 0 7"),
        ("pasted by mistake: rzp_live_Q81xTz2VmN9fKLq4 please rotate", "rzp_live_Q81xTz2VmN9fKLq4"),
        ("and client secret wT_71RbK0cS9Xq28LmP4v - please stop", "wT_71RbK0cS9Xq28LmP4v"),
        (
            "our key SG.Lm0RzT4kQ2x8.H7bJ1cF6dA5sE0gK2uI8oX4vP9wN3y needs a vault",
            "SG.Lm0RzT4kQ2x8.H7bJ1cF6dA5sE0gK2uI8oX4vP9wN3y",
        ),
    ],
)
def test_codes_and_keys(text, value):
    assert value in values("SECRET", text)


@pytest.mark.parametrize(
    "text",
    [
        "Room 4412 is the best code review room",
        "Your OTP for the txn of INR 4,999.00 at Flipkart",
        "keep it secret management_service_account_v2 ok",
    ],
)
def test_no_code_or_key_where_none_is(text):
    assert values("SECRET", text) == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("Yours faithfully,\nR. Krishnamurthy", "R. Krishnamurthy"),
        ("My name is Anil Kumar S/o T. Raghunathan, residing in Mysuru", "T. Raghunathan"),
        ("Name: Suresh Pal\nS/o: Late Mohan Lal Pal\nDOB: 04-11-1961", "Mohan Lal Pal"),
    ],
)
def test_names_with_initials_and_fathers_names(text, value):
    assert any(value in found for found in values("PERSON", text))  # the father's name may join the son's


def test_units_and_weekdays_are_no_names():
    found = values("PERSON", "Speed test 3.2 Mbps vs 20 Mbps package, data 100 GB used.")
    assert found == []


def test_a_labelled_address_ends_where_a_sentence_starts_after_its_postal_code():
    text = "New addr: D.No. 12-4-88/2, Gandhi Nagar, Vijayawada 520003. Verified with card no 4111."
    assert values("STREET_ADDRESS", text) == ["D.No. 12-4-88/2, Gandhi Nagar, Vijayawada 520003"]


@pytest.mark.parametrize(
    "text,value",
    [
        ("I am Chief Obi, of No. 12 Herbert Macaulay Way, Enugu. Kindly call", "No. 12 Herbert Macaulay Way"),
        (
            "Deliver to: Ravi\nPlot 17, Gali No. 3, Near Shiv Mandir, Laxmi Nagar, Delhi 110092\nLandmark: gate",
            "Plot 17, Gali No. 3, Near Shiv Mandir, Laxmi Nagar, Delhi 110092",
        ),
        (
            "Consignee: Ana\n#18 Rizal St., Brgy. San Roque, Tarlac City, Tarlac 2300\nNear: store",
            "#18 Rizal St.",
        ),
        (
            "currently at Flat 1204, Al Barsha Building 3, Hessa Street, Dubai. Mobile",
            "Flat 1204, Al Barsha Building 3, Hessa Street",
        ),
        ("iya pak, Jl. Merdeka Raya No. 21, Bandung. Nama", "Jl. Merdeka Raya No. 21"),
        ("Mailbox: Box 2210, 45 Campus Drive, Ithaca, NY 14850.", "Box 2210, 45 Campus Drive, Ithaca, NY 14850"),
    ],
)
def test_addresses_with_their_own_leading_parts(text, value):
    assert any(value in found for found in values("STREET_ADDRESS", text))


def test_a_street_its_barangay_its_town_and_postal_code_are_one_address():
    text = "Consignee: Ana Cruz\n#18 Rizal St., Brgy. San Roque, Tarlac City, Tarlac 2300\nNear: store"
    findings = detector_for("STREET_ADDRESS", "LOCATION").detect(text).findings
    assert [text[f.start : f.end] for f in findings if f.entity_type == "STREET_ADDRESS"] == [
        "#18 Rizal St., Brgy. San Roque, Tarlac City, Tarlac 2300"
    ]


def test_a_birth_year_alone_after_a_birth_word():
    assert values("DATE_OF_BIRTH", "Folder 12. DOB 1961 only known year.") == ["1961"]
    assert values("DATE_OF_BIRTH", "the DOB field was added in 2019") == []


def test_labelled_ids_with_a_remark_pass_the_prefilter_and_others_do_not_wake_it():
    from pipeline.detect.prefilter import Prefilter
    from pipeline.detect.recognizers import LABELLED

    recognizer = LABELLED["TAX_ID"]()
    prefilter = Prefilter(list(recognizer.gates))
    assert prefilter.scan("TIN (LHDN) no: SG 20418872090") == [0]
    assert values("TAX_ID", "TIN (LHDN) no: SG 20418872090.") == ["SG 20418872090"]
    assert prefilter.scan("Thanks for the quick reply (really), see you on Monday") == []
