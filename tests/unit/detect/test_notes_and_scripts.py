"""Staff notes and text in scripts without letter case: names after the role a note gives them,
names in Han, Hangul, kana, Arabic, Hebrew, Devanagari, Bengali, Cyrillic and Greek, addresses
after a bare address word, birth dates and ids under other countries' labels."""

import pytest

from pipeline.detect.normalize import normalize
from pipeline.detect.recognizers.scripts import script_names
from tests.unit.detect.util import values

ROLE_NAMES = [
    ("RPh note: pt GARCIA, Rosa DOB 1958-07-14 picked up", "GARCIA, Rosa"),
    ("drop failed. recipient mrs adaeze nwankwo not home", "adaeze nwankwo"),
    ("unit 1408 - tenant priya natarajan reports leak under sink", "priya natarajan"),
    ("client EL AMRANI Youssef CIN BE448127 demande", "EL AMRANI Youssef"),
    ("cliente martina belén sosa cuit 20-32518447-8", "martina belén sosa"),
    ("pojištěnec Nováková Petra, RČ 905412/3276", "Nováková Petra"),
    ("spoke w/ debtor HOLLOWAY, Denise R - verified SSN", "HOLLOWAY, Denise R"),
    ("pt siobhán ní bhriain dob 9/3/83", "siobhán ní bhriain"),
    ("officer Takahashi.", "Takahashi"),
    ("pt Marcus Bell 44M, MRN E00841275", "Marcus Bell"),
]


@pytest.mark.parametrize("text,name", ROLE_NAMES)
def test_a_name_after_the_role_a_note_gives_it(text, name):
    assert any(name in found for found in values("PERSON", text))


@pytest.mark.parametrize(
    "text",
    [
        "the customer service team will call. patient portal is down. guest wifi password. member since 2019",
        "the client said it works. customer reports error. owner approved. staff meeting at 3",
        "Benutzer angemeldet, Client FortiClient 7.2.4",  # a product after a role word
        "agent: Access Bank good day this is Chioma",  # a chat's speaker label, then a company
    ],
)
def test_a_role_word_before_no_name(text):
    found = values("PERSON", text)
    assert not any(w in " ".join(found) for w in ("service", "portal", "FortiClient", "Access Bank", "said"))


SCRIPT_NAMES = [
    ("고객 박지민 님 전화. 고객님 감사합니다", "박지민"),
    ("고객 최 유나 카드번호 분실 신고", "최 유나"),
    ("客户 王建国 来电，身份证号", "王建国"),
    ("805号室 やまだ たろう様 チェックイン。", "やまだ たろう"),
    ("問合せ 鈴木 一郎さん 共有フォルダ", "鈴木 一郎"),
    ("العميل محمد عبد الرحمن السيد رقم قومي 28503120104578", "محمد عبد الرحمن السيد"),
    ("לקוח יוסי לוי ת.ז. 038812273 התקשר", "יוסי לוי"),
    ("बेड 14 - मरीज़ सुनीता देवी, उम्र 62", "सुनीता देवी"),
    ("বেনিফিশিয়ারি রহিমা খাতুন, এনআইডি 19884471882002211", "রহিমা খাতুন"),
    ("Абонент Шевченко Олена Петрівна, РНОКПП 3044718825", "Шевченко Олена Петрівна"),
]


@pytest.mark.parametrize("text,name", SCRIPT_NAMES)
def test_a_name_in_a_script_without_case(text, name):
    view = normalize(text).text
    assert name in [view[a:b] for a, b in script_names(view)]


def test_an_honorific_after_a_role_word_names_nobody():
    view = normalize("お客様各位、担当者様、고객님 감사합니다").text
    assert list(script_names(view)) == []


def test_cyrillic_and_greek_words_stay_themselves_in_the_view():
    assert normalize("Шевченко Олена").text == "Шевченко Олена"
    assert normalize("Γεώργιος Παπαδόπουλος").text == "Γεώργιος Παπαδόπουλος"
    # ... but a look-alike inside a word with Latin letters hides it: it is mapped
    assert normalize("jоhn@example.com").text == "john@example.com"


def test_vowel_signs_and_viramas_are_part_of_the_word():
    assert normalize("सुनीता देवी").text == "सुनीता देवी"


NOTE_ADDRESSES = [
    (
        "addr Blk 208 Toa Payoh Lor 8 #11-214 Singapore 310208. consult fee",
        "Blk 208 Toa Payoh Lor 8 #11-214 Singapore 310208",
    ),
    ("alamat perum griya asri blok c2/15 bekasi. resi JP4820019337", "perum griya asri blok c2/15 bekasi"),
    (
        "收货地址改为 北京市朝阳区建国路88号SOHO现代城2号楼1503，手机 138 1047 2291",
        "北京市朝阳区建国路88号SOHO现代城2号楼1503",
    ),
    ("住所 東京都世田谷区太子堂2-14-8 サンハイツ302。明朝", "東京都世田谷区太子堂2-14-8 サンハイツ302"),
    (
        "배송지 변경 → 서울특별시 마포구 월드컵북로 396 3층. 연락처 010-2847-6613.",
        "서울특별시 마포구 월드컵북로 396 3층",
    ),
    ("כתובת רחוב הרצל 14 דירה 3 חיפה", "רחוב הרצל 14 דירה 3 חיפה"),
    ("summa 214,50 €. osoite Hämeenkatu 21 B 12 Tampere. sp", "Hämeenkatu 21 B 12 Tampere"),
    ("Você: ontem às 23h40 da av paulista 1578 pra casa", "av paulista 1578"),
    ("pharmacy is the walgreens on 3400 s cooper st arlington. dob 11/02/62", "3400 s cooper st"),
]


@pytest.mark.parametrize("text,address", NOTE_ADDRESSES)
def test_an_address_after_a_bare_address_word(text, address):
    assert address in values("STREET_ADDRESS", text)


@pytest.mark.parametrize(
    "text",
    [
        "run dir /var/log 2 times",
        "ip address 10.0.0.1 is blocked",
        "sent via email 2 days ago, cad file 3 attached",
        "i saw 2 patients dr jones. we need 3 more ct scans today",
        "Meine E-Mail-Adresse ist rosalieweidinger@example.net. Pass-Nr.: G3572062 Betrag $48,202.38 — ok",
    ],
)
def test_no_address_where_the_word_names_something_else(text):
    assert values("STREET_ADDRESS", text) == []


@pytest.mark.parametrize(
    "text,date",
    [
        ("生年月日 昭和58年4月2日 で本人確認OK", "昭和58年4月2日"),
        ("生年月日 １９９２年７月１４日、携帯", "１９９２年７月１４日"),
        ("xác minh CCCD, ngày sinh 17/09/1988. Đổi", "17/09/1988"),
        ("prot.no 2024/118832 d.t. 04.02.1957. Yakını", "04.02.1957"),
        ("aadhaar on file. DOB 03-Nov-1991. Addr proof", "03-Nov-1991"),
    ],
)
def test_a_birth_date_after_its_word_in_more_languages(text, date):
    assert date in values("DATE_OF_BIRTH", text)


def test_a_phone_label_glued_to_its_number():
    assert values("PHONE_NUMBER", "Mąż Piotr tel+48 501 229 604 poinformowany") == ["tel+48 501 229 604"]


@pytest.mark.parametrize(
    "entity,text,value",
    [
        ("NATIONAL_ID", "Sleman. NIK 3404071208850003, NPWP", "3404071208850003"),
        ("NATIONAL_ID", "Fraud team: BVN confirmed 22184937560, acct", "22184937560"),
        ("NATIONAL_ID", "לקוח יוסי לוי ת.ז. 038812273 התקשר", "038812273"),
        ("TAX_ID", "Πελάτης, ΑΦΜ 048213377.", "048213377"),
        ("HEALTH_PLAN_NUMBER", "PPSN 8412739B GMS card A2871452. c/o", "A2871452"),
    ],
)
def test_an_id_under_another_countrys_label(entity, text, value):
    assert value in values(entity, text)


def test_a_password_s_mix_is_looked_for_within_its_token():
    csv = "C-0091724,Latoya,Whitfield,1987-03-22,latoya.whitfield87@gmail.com,+1 404"
    assert values("SECRET", csv) == []
    assert values("SECRET", "wifi pw asked, gave EkoHotel@405 (per-room)") == ["EkoHotel@405"]


@pytest.mark.parametrize(
    "text,name",
    [
        ("user venkatesh.r (emp 10482) locked out after 5 attempts", "venkatesh.r"),
        ("ticket SOP-8812 usuario ana.paola.ruiz olvido contraseña", "ana.paola.ruiz"),
        ("mum its ellie, if you need me ring becky on 07700 900 461", "becky"),
        ("just calling to remind jerome about his appointment", "jerome"),
        ("cliente: é o joão pedro albuquerque", "joão pedro albuquerque"),
        ("agent: perfect miss holloway i see ticket CS-448120", "holloway"),
        ("Reward $200. call or text danny 503.555.0192 any time.", "danny"),
        ("OS bookworm 64bit. yoroshiku onegaishimasu – Takahashi", "Takahashi"),
    ],
)
def test_a_name_in_a_chat_or_an_ad(text, name):
    assert name in values("PERSON", text)


@pytest.mark.parametrize(
    "text",
    [
        "login svc_backup failed; account sales.team is shared; the user config.yaml is wrong",
        "ticket 88812345 Monday, version 10.2.3344 Build - Release",
    ],
)
def test_no_name_in_a_service_account_or_a_closing_word(text):
    assert values("PERSON", text) == []


@pytest.mark.parametrize(
    "text,address",
    [
        (
            "okurisaki wa tokyo-to setagaya-ku sangenjaya 2-14-7 rebirth 203",
            "tokyo-to setagaya-ku sangenjaya 2-14-7 rebirth 203",
        ),
        ("juso busan haeundae-gu u-dong 1408 haeundae ipark 101-dong 2204-ho", "busan haeundae-gu u-dong 1408"),
        ("Le Quang Vinh: ngo 42 pho hue hai ba trung ha noi tang 3, sdt", "ngo 42 pho hue hai ba trung ha noi"),
        ("dia chi so 12 duong nguyen hue phuong ben nghe quan 1", "so 12 duong nguyen hue phuong ben nghe quan 1"),
    ],
)
def test_an_address_in_romaji_romanized_korean_or_vietnamese_without_diacritics(text, address):
    assert any(address in found for found in values("STREET_ADDRESS", text))


def test_hyphenated_words_and_ranges_are_no_romanized_address():
    text = "so 3 nguoi den, check-in at 12-3 pm. the roll-out multi-step 2-3 weeks"
    assert values("STREET_ADDRESS", text) == []
