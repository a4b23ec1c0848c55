"""Names written in scripts without letter case: Han, kana, Hangul, Arabic, Hebrew, Devanagari,
Bengali and Thai, after a role word or an @; and Cyrillic and Greek names.

Capitalization, the PERSON rules' main signal, says nothing here, and the small English model
tags none of these. What does: the word a note names the person by ("고객 박지민", "العميل محمد
عبد الرحمن السيد", "Абонент Шевченко Олена Петрівна") and the honorific after a name
("鈴木 一郎さん", "やまだ たろう様", "박지민 님").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

# Each script's name: its words, as many as its names have.
_HAN = "\u4e00-\u9fff"
_KANA = "\u3040-\u30ff"
_HANGUL = "\uac00-\ud7af"
_NAME_RUNS = (
    rf"(?<![{_HAN}{_KANA}])[{_HAN}]{{1,2}}[ \u3000]?[{_HAN}{_KANA}]{{1,3}}(?![{_HAN}{_KANA}])",  # 王建国, 佐藤 恵美
    rf"(?<![{_KANA}])[{_KANA}]{{2,5}}[ \u3000][{_KANA}]{{2,5}}(?![{_KANA}])",  # やまだ たろう
    rf"(?<![{_HANGUL}])[{_HANGUL}](?:[ ]?[{_HANGUL}]{{1,3}})(?![{_HANGUL}])",  # 박지민, 최 유나
    r"[\u0621-\u064a]{2,}(?:[ ][\u0621-\u064a]{2,}){0,4}",  # Arabic
    r"[\u05d0-\u05ea]{2,}(?:[ ][\u05d0-\u05ea]{2,}){0,2}(?![\u05d0-\u05ea.\"'])",  # Hebrew
    r"[\u0900-\u097f]{2,}(?:[ ][\u0900-\u097f]{2,}){0,2}",  # Devanagari
    r"[\u0980-\u09ff]{2,}(?:[ ][\u0980-\u09ff]{2,}){0,2}",  # Bengali
    r"[\u0e00-\u0e7f]{2,}(?:[ ][\u0e00-\u0e7f]{2,})?",  # Thai
    r"[А-ЯЁЇІЄҐ][а-яёїієґ'ʼ-]+(?:[ ][А-ЯЁЇІЄҐ][а-яёїієґ'ʼ-]+){0,2}",  # Cyrillic, capitalized
    r"[Α-ΩΆ-Ώ][α-ωά-ώϊϋΐΰ]+(?:[ ][Α-ΩΆ-Ώ][α-ωά-ώϊϋΐΰ]+){0,2}",  # Greek, capitalized
)
_NAME_RUN = re.compile("|".join(f"(?:{run})" for run in _NAME_RUNS))

# The words a note names a person by, in these scripts (and a relation: "보호자 딸", "NOK बेटा"),
# in NFKC as the detector sees them (Bengali "য়" and Devanagari "ज़" decompose).
_ROLE = re.compile(
    unicodedata.normalize(
        "NFKC",
        r"(?:고객|환자|보호자(?:[ ]+(?:딸|아들|남편|아내))?|성명|이름|회원|신청인|수령인|담당자|직원|딸|아들|남편|아내|"
        r"客户|顾客|顧客|患者|病人|家屬|家属|先生|女士|小姐|联系人|聯絡人|姓名|收件人|申请人|員工|员工|住客|旅客|"
        r"お客様|氏名|担当者|来店|利用者|契約者|申込者|受取人|名前|"
        # forms and deeds: the parties, the head of a household, the holder of an account or a certificate
        r"出租方|承租方|甲方|乙方|持证人|户主|法定代表人|世帯主|名義|フリガナ|届出人|申請者|区長|市長|"
        r"세대주|신고인|임대인|임차인|계약자|예금주|"
        r"שם משפחה|שם פרטי|לכבוד|"
        r"العميل|العميلة|المريض|المريضة|الموظف|الموظفة|السيد|السيدة|الاسم|اسم|المستفيد|المستفيدة|الزبون|المشترك|"
        r"לקוח|לקוחה|מטופל|מטופלת|עובד|עובדת|"
        r"मरीज़|मरीज|ग्राहक|नाम|श्री|श्रीमती|बेटा|बेटी|पति|पत्नी|कर्मचारी|"
        r"বেনিফিশিয়ারি|গ্রাহক|রোগী|নাম|জনাব|"
        r"Абонент|Абонентка|Клиент|Клиентка|Клієнт|Клієнтка|Пациент|Пациентка|Пацієнт|Пацієнтка|Заявник|Заявитель|"
        r"Сотрудник|Працівник|ФИО|ПІБ|Получатель|Отримувач|"
        r"Πελάτης|Πελάτισσα|Ασθενής|Ονοματεπώνυμο|Όνομα|Επώνυμο|ευχαριστώ,?|Ευχαριστώ,?|Με εκτίμηση,?|"
        r"ลูกค้า|ผู้ป่วย|ชื่อ|@)(?:[（(][^）)\n]{1,6}[）)])?[ \t]*[:：]?[ \t]*",
    )
)
# After a name: the honorific that says it is one.
_HONORIFIC = re.compile(
    rf"(?:(?<![{_HAN}{_KANA}])([{_HAN}]{{1,2}}[ \u3000]?[{_HAN}{_KANA}]{{1,3}}|[{_KANA}]{{2,5}}[ \u3000][{_KANA}]{{2,5}})"
    rf"[ \u3000]?(?:様|さん|殿|先生|女士|小姐)"
    rf"|(?<![{_HANGUL}])([{_HANGUL}](?:[ ]?[{_HANGUL}]{{1,3}}))[ ]?(?:님|씨)(?![{_HANGUL}]))"
)
# Words these runs would take that are no part of a name: roles, pronouns, what follows a name in a note.
_NOT_NAME_WORDS = frozenset(
    unicodedata.normalize("NFKC", w)
    for w in "고객 회원 환자 선생 기사 상담사 담당자 사장 부장 과장 팀장 보호자 여러분 "
    "お客 担当者 利用者 会員 患者 皆 各位 "
    "رقم هوية اتصل طلب جوال موبايل البريد العنوان بخصوص تاريخ الميلاد في من على إلى عن و "
    "התקשר טלפון כתובת לגבי "
    "उम्र को का की है से ने फोन "
    "এনআইডি বিকাশ ফোন".split()
)
_GREEK_CYRILLIC = re.compile(r"[\u0370-\u04ff]")
# Two or three capitalized Cyrillic or Greek words in a row are a name wherever they stand
# ("казвам се Димитър Иванов Петров", "είμαι ο Νικόλαος Αλεξίου"): those scripts capitalize
# a sentence's first word and names, rarely two words together otherwise.
_CASED_RUN = re.compile(
    r"(?<![\w-])(?:[А-ЯЁЇІЄҐ][а-яёїієґ'ʼ-]+(?:[ ][А-ЯЁЇІЄҐ][а-яёїієґ'ʼ-]+){1,2}"
    r"|[Α-ΩΆ-Ώ][α-ωά-ώϊϋΐΰ]+(?:[ ][Α-ΩΆ-Ώ][α-ωά-ώϊϋΐΰ]+){1,2})(?![\w-])"
)
# A chat export's header line: the name, then when it was said ("王晓明 下午 3:12").
_HAN_SPEAKER = re.compile(rf"(?m)^([{_HAN}]{{2,4}})[ \t]+(?:上午|下午|晚上|早上)?[ ]?\d{{1,2}}:\d{{2}}")
_CASELESS = re.compile(r"[\u0590-\u05ff\u0600-\u06ff\u0900-\u09ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def script_names(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of names in these scripts: after a role word, or before an honorific."""
    if _CASELESS.search(text) is None and _GREEK_CYRILLIC.search(text) is None:
        return
    for m in _ROLE.finditer(text):
        name = _NAME_RUN.match(text, m.end())
        if name is not None:
            span = _trim(text, name.start(), name.end())
            if span is not None:
                yield span
    for m in _HONORIFIC.finditer(text):
        group = 1 if m.group(1) is not None else 2
        span = _trim(text, m.start(group), m.end(group))
        if span is not None:
            yield span
    if _GREEK_CYRILLIC.search(text) is not None:
        for m in _CASED_RUN.finditer(text):
            span = _trim(text, m.start(), m.end())
            if span is not None:
                yield span
    for m in _HAN_SPEAKER.finditer(text):
        yield m.start(1), m.end(1)


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The run up to its first word that is no part of a name; None if that is the first."""
    words = [(start + w.start(), start + w.end()) for w in re.finditer(r"\S+", text[start:end])]
    kept = []
    for a, b in words:
        if text[a:b] in _NOT_NAME_WORDS:
            break
        kept.append((a, b))
    if not kept:
        return None
    return kept[0][0], kept[-1][1]
