"""Regex building blocks for messages written wholly or partly in another language.

Spanish, French, Italian, Portuguese, German and romanised Hindi/Urdu (Hinglish), with a few
Dutch and Polish words. Accents are folded away before the rules run ("corté" is read "corte",
"möchte" "mochte"), so each word is spelled here without them; German "oe"/"ue" typed for an
umlaut is spelled too. The English checks of ``rule.Check`` (denials, other people, tone) read
English words only, so these blocks carry their own: a denial just before the words
(``NOT_DENIED``) and the figures of speech that use "die" (``NOT_AN_IDIOM_ABROAD``).

Each phenomenon is one block, at the level its English equivalent gets: wishing to die and
ending it all (moderate), no longer wanting to live and being tired of living (low), wanting
to hurt oneself (moderate), saying one will do it (high), the means ready (imminent), a goodbye
letter (high), the whole supply swallowed (an overdose).
"""

from __future__ import annotations

import re

from bot.crisis.rule import Innocent

# --- denials and figures of speech ---------------------------------------------------------------

# "no quiero morir", "non mi voglio uccidere", "je n'ai pas envie de mourir", "keine lust zu
# sterben": a denial right before the words, possibly with a pronoun or "have" between.
_NEGATORS = (
    "no",
    "non",
    "nao",
    "não",
    "nem",
    "nunca",
    "jamas",
    "jamais",
    "mai",
    "pas",
    "ai plus",
    "nicht",
    "nie",
    "keine",
    "kein",
    "nahi",
    "nahin",
    "nhi",
)
_BETWEEN = (
    "",
    "me ",
    "mi ",
    "te ",
    "se ",
    "tengo ",
    "ho ",
    "tenho ",
    "hab ",
    "habe ",
    "estou ",
    "estoy ",
)
NOT_DENIED = "".join(rf"(?<!\b{word} {between})" for word in _NEGATORS for between in _BETWEEN)
# "elle a envie de mourir", "ha voglia di morire", "tiene ganas de morir", "woh marna chahti":
# the same words about someone else, where the verb or a pronoun shows it.
_SOMEONE_ELSE = (
    "a",
    "ha",
    "tem",
    "tiene",
    "hat",
    "wo",
    "woh",
    "vo",
    "voh",
    "ye",
    "yeh",
    "usko",
    "unko",
    "use",
    "unhe",
    "uska",
    "uski",
    "unka",
    "unki",
)
ABOUT_THE_WRITER = NOT_DENIED + "".join(rf"(?<!\b{word} )" for word in _SOMEONE_ELSE)

# "quiero morir de risa", "je veux mourir de rire", "voglio morire dal ridere", "quero morrer
# de rir": dying of laughter, hunger, heat, shame or boredom.
NOT_AN_IDIOM_ABROAD = (
    r"(?! (?:de|du|d'|of|vor|aus|di|dal|dalla|dalle|dai|della|del|do|da|van) ?(?:la |el |le |il |"
    r"lo |a |o |)?(?:risa|rire|rir|ridere|riso|lachen|faim|hambre|fame|fome|hunger|calor|chaleur|"
    r"caldo|hitze|frio|froid|freddo|kalte|sed|soif|sete|durst|verg(?:ü|u)enza|honte|vergonha|"
    r"vergogna|scham|amor|amour|amore|saudade|sono|sonno|sueno|sommeil|envidia|envie|inveja|"
    r"invidia|neid|aburrimiento|ennui|noia|tedio|langeweile|cansancio|cansaco|fatica|stanchezza|"
    r"fatigue|miedo|peur|paura|medo|angst|curiosidad|curiosite|curiosita|curiosidade|neugier|"
    r"placer|plaisir|piacere|prazer|gusto))"
)

# --- romanised Hindi/Urdu ------------------------------------------------------------------------

# "chahta hoon", "chahti hu", "chaahta": want, any gender; "mann karta hai", "dil krta h": feel like.
# "chahta hai" is he or she wants: the writer says "chahta hoon" or leaves the verb bare.
_HI_WANT = r"(?:chaa?h(?:a)?t[aei])(?! (?:hai|h|he|hain|tha|thi|the)\b)"
_HI_FEEL = (
    r"(?:mann?|mn|dil) (?:karta|krta|karti|krti|kar raha|kr rha|kar rahi|kr rhi)(?: (?:hai|h|he))?"
)
_HI_DIE = r"(?:marna|mar ?ja(?:a)?na|marr? jaa?u?n?)"
_HI_SELF = r"(?:khud|apne (?:aap|ap)|khudko|apneaap)(?: ko)?"
_HI_SUICIDE = r"(?:khudkushi|khudkhushi|khudkhushi|aatmahatya|atmahatya|suicide)"
_HI_WILL = r"(?:dunga|dungi|doonga|doongi|lunga|lungi|loonga|loongi|du|doon|dun)"
_HI_NOT = r"(?:nahi|nahin|nhi|nai)"
_HI_LIVE = r"(?:jeena|jina|jeene|jine|jeeana)"

# "acabar con todo el trabajo", "terminar con todo antes de irme": every task, not everything.
_NOT_A_TASK = r"(?! (?:el|la|los|las|lo|de|que|mi|mis|tu|o|a|os|as|isso|antes|para|por)\b)"
# "no tengo ganas de vivir en Madrid", "non voglio vivere con i miei": living somewhere.
_NOT_A_PLACE = (
    r"(?! (?:en|con|avec|dans|ici|aqui|ahi|alli|la|in|qui|li|em|com|ali|hier|mit|bei|dort|yahan|"
    r"wahan|idhar|udhar|is|us|iss|uss)\b)"
)

# --- wishing to die, ending it all (moderate) -----------------------------------------------------

OTHER_LANGUAGE_WISHES = (
    # Spanish
    rf"(?:me )?(?:quiero|quisiera|deseo|gustaria) morir(?:me)?|no quiero (?:seguir )?vivir{_NOT_A_PLACE}|"
    rf"(?:me )?quiero (?:matar|suicidar|quitar la vida)|quiero (?:matarme|suicidarme|quitarme la vida|"
    rf"estar muert[oa])|(?:quiero|ganas de|quisiera) (?:acabar|terminar) con (?:mi vida|todo)"
    rf"{_NOT_A_TASK}|"
    rf"ganas de (?:morir(?:me)?|matarme|suicidarme|quitarme la vida)|pienso en (?:matarme|suicidarme)|"
    # French
    rf"je (?:veux|voudrais) (?:mourir|me tuer|me suicider|en finir|mettre fin a (?:mes jours|ma vie)|"
    rf"me foutre en l'air|etre morte?)|je ne veux plus vivre{_NOT_A_PLACE}|envie (?:de mourir|de me tuer|de me "
    rf"suicider|d'en finir|de mettre fin a (?:mes jours|ma vie))|"
    # German
    rf"ich (?:will|m(?:o|oe)chte|w(?:u|ue)rde (?:gern|lieber)) (?:sterben|tot sein|mich (?:umbringen|"
    rf"t(?:o|oe)ten)|mir das leben nehmen|(?:meinem leben|allem) ein ende (?:setzen|machen)|mit "
    rf"(?:allem|dem leben|meinem leben) schluss machen(?!,? (?:was|das|die|der|wo)\b))|"
    rf"ich will nicht mehr leben{_NOT_A_PLACE}|"
    rf"(?:lust|den wunsch) zu sterben|"
    # Portuguese
    rf"(?:quero|queria|gostaria de) morrer|n(?:ã|a)o quero (?:mais )?viver{_NOT_A_PLACE}|(?:quero|queria) (?:me "
    rf"matar|me suicidar|tirar (?:a )?minha (?:propria )?vida|estar mort[oa]|acabar com (?:a )?"
    rf"(?:minha vida|tudo){_NOT_A_TASK})|me quero matar|vontade de (?:morrer|me "
    rf"matar|me suicidar|acabar com tudo)|"
    # Italian: "voglio uccidere" without "mi" is someone else ("voglio uccidere quella zanzara").
    rf"(?:voglio|vorrei) morire|non voglio pi(?:ù|u) vivere{_NOT_A_PLACE}|mi voglio (?:uccidere|ammazzare|togliere "
    rf"la vita)|(?:voglio|vorrei) (?:uccidermi|ammazzarmi|togliermi la vita|farla finita(?! con\b)|"
    rf"essere mort[oa])|voglia di (?:morire|uccidermi|ammazzarmi|farla finita(?! con\b))|"
    # Dutch, Polish
    rf"ik wil dood|ik wil niet meer leven|chc(?:ę|e) umrze(?:ć|c)|"
    # Hinglish: "marna chahta hoon", "mar jaana chahti hu", "marne ka mann karta hai", "mann
    # karta hai sab khatam kar doon", "khud ko khatam karna chahta", "khudkushi karne ka mann".
    rf"{_HI_DIE} {_HI_WANT}|mujhe (?:bas )?(?:marna|mar ja(?:a)?na) (?:hai|h|he)|"
    rf"(?:marne|mar ja(?:a)?ne) (?:ka|ko) {_HI_FEEL}|{_HI_FEEL} (?:ki )?mar ja(?:a)?u|"
    rf"{_HI_FEEL} (?:ki )?(?:sab(?: kuch)?|{_HI_SELF}|(?:apni )?(?:zindagi|life)) khatam kar "
    rf"{_HI_WILL}|{_HI_SUICIDE} (?:karna|krna) {_HI_WANT}|{_HI_SUICIDE} (?:karne|krne) (?:ka|ko) "
    rf"(?:mann?|dil)|{_HI_SELF} (?:khatam|maar) (?:karna|krna|dena|daalna|dalna) {_HI_WANT}|"
    rf"{_HI_SELF} (?:khatam|maar) (?:karne|krne|dene) (?:ka|ko) (?:mann?|dil)|"
    rf"(?:apni|meri) (?:zindagi|jaan|life) khatam (?:karna|krna) {_HI_WANT}"
)

# --- no longer wanting to live (low, as "I don't want to live anymore") ----------------------------

OTHER_LANGUAGE_NO_WISH_TO_LIVE = (
    rf"no quiero seguir viviendo|no quiero (?:estar viv[oa]|seguir con vida|existir)|no tengo "
    rf"(?:ganas|razones|motivos?) (?:de|para) (?:vivir|seguir viviendo){_NOT_A_PLACE}|"
    rf"(?:je )?n'ai plus (?:envie|gout|la force|de raison) de vivre{_NOT_A_PLACE}|je ne veux plus (?:etre en vie|"
    rf"exister)|(?:plus|aucune) raison de vivre|"
    rf"non (?:ho (?:piu )?)?(?:voglia|motivo|ragione|motivi|ragioni) di vivere{_NOT_A_PLACE}|non voglio (?:piu )?"
    rf"(?:stare al mondo|esistere|essere viv[oa])|non voglio vivere piu|"
    rf"n(?:ã|a)o (?:tenho )?(?:mais )?(?:vontade|motivo|razao|motivos) (?:de|para) viver{_NOT_A_PLACE}|n(?:ã|a)o "
    rf"quero (?:mais )?(?:estar viv[oa]|existir|continuar vivendo|continuar a viver)|"
    rf"ich (?:will|m(?:o|oe)chte) nicht mehr (?:da sein|existieren|weiterleben)|ich m(?:o|oe)chte "
    rf"nicht mehr leben{_NOT_A_PLACE}|ich will nicht weiterleben|(?:ich (?:habe|hab) )?(?:keine (?:lust|kraft)|"
    rf"keinen grund) mehr(?:,)? (?:zu leben|weiterzuleben)|"
    # "jeena nahi chahta", "ab aur nahi jeena", "jeene ka mann nahi karta", "zinda nahi rehna"
    rf"{_HI_LIVE} {_HI_NOT} {_HI_WANT}|{_HI_LIVE} {_HI_NOT} (?:hai|h|he)|mujhe (?:ab )?(?:aur )?"
    rf"{_HI_NOT} {_HI_LIVE}|{_HI_LIVE} (?:ka|ko) (?:mann?|dil) {_HI_NOT}|{_HI_LIVE} ki (?:koi )?"
    rf"(?:wajah|vajah|ichha|iccha|khwahish|umeed) {_HI_NOT}|zinda {_HI_NOT} (?:rehna|rahna) "
    rf"(?:{_HI_WANT}|hai|h)"
)

# --- tired of living (low, as "I'm tired of living") ----------------------------------------------

OTHER_LANGUAGE_TIRED_OF_LIFE = (
    r"(?:cansad[oa]|hart[oa]|agotad[oa]) de (?:vivir|la vida|estar viv[oa])|"
    r"(?:marre|fatiguee?|lasse?|epuisee?|degoutee?) (?:de vivre|de la vie)|lassitude de vivre|"
    r"(?:stanc[oa]|stuf[oa]|esaust[oa]) (?:di vivere|della vita)|"
    r"(?:cansad[oa]|fart[oa]|exaust[oa]) (?:de viver|da vida)|"
    r"(?<!bist du )(?<!seid ihr )(?<!du bist )lebensm(?:u|ue)de\b(?!r? (?:fahr|idee|aktion|stunt))|"
    r"(?:m(?:u|ue)de|satt) (?:vom leben|des lebens|zu leben)|des lebens (?:m(?:u|ue)de|"
    r"(?:u|ue)berdr(?:u|ue)ssig)|das leben satt|"
    r"(?:zindagi|jindagi|zindgi|life|jeene|jine) se (?:thak|tang aa) (?:gaya|gayi|gya|gyi|chuka|chuki|"
    r"gaye)|jee jee ke thak"
)

# --- wanting to hurt oneself (moderate, as "I want to hurt myself") -------------------------------

# Not a haircut or nails: "quiero cortarme el pelo", "me couper les cheveux".
_NOT_GROOMING = (
    r"(?! (?:el|los|las|la|les|le|i|il|o|os|a|as|die|den|une|un|una|uno|um|uma|eine|einen) ?(?:pelo|cabello|flequillo|unas|barba|"
    r"puntas|cheveux|frange|ongles|capelli|frangia|unghie|cabelo|franja|haare|nagel|bart))"
)
OTHER_LANGUAGE_SELF_HARM_URGE = (
    r"(?:(?:me )?(?:quiero|quisiera|necesito)|ganas de) (?:hacerme dano|hacerme mal|lastimarme|"
    rf"herirme|autolesionarme|cortarme{_NOT_GROOMING})|me quiero (?:hacer dano|lastimar|herir|"
    rf"cortar{_NOT_GROOMING})|"
    r"(?:je veux|je voudrais|j'ai envie de|envie de|besoin de|je vais) me (?:faire du mal|blesser|"
    rf"scarifier|mutiler|couper{_NOT_GROOMING})|"
    r"(?:voglio|vorrei|voglia di|bisogno di) (?:farmi del male|ferirmi|autolesionarmi|"
    rf"tagliarmi{_NOT_GROOMING})|mi voglio (?:fare del male|ferire|tagliare{_NOT_GROOMING})|"
    r"(?:quero|queria|vontade de|preciso) (?:me (?:machucar|ferir|fazer mal|cortar"
    rf"{_NOT_GROOMING})|machucar-me|ferir-me|cortar-me{_NOT_GROOMING})|"
    r"ich (?:will|m(?:o|oe)chte|muss) mir (?:weh ?tun|schaden|(?:etwas|was) antun)|ich (?:will|"
    r"m(?:o|oe)chte|muss) mich (?:verletzen|ritzen|schneiden)|(?:drang|lust|bed(?:u|ue)rfnis|"
    r"verlangen),? mich zu (?:ritzen|verletzen|schneiden)|(?:drang|lust),? mir weh zu tun|"
    rf"{_HI_SELF} (?:hurt|harm|cut|nuksan|nuksaan|nuqsan|chot|dard|zakhmi) (?:karna|krna|pahunchana|"
    rf"pohchana|dena) {_HI_WANT}|{_HI_SELF} (?:hurt|harm|cut|nuksan|nuksaan|nuqsan|chot|dard|"
    rf"zakhmi) (?:karne|krne|pahunchane|dene) (?:ka|ko) (?:mann?|dil)|{_HI_SELF} (?:kaatna|katna) "
    rf"{_HI_WANT}|{_HI_FEEL} (?:ki )?{_HI_SELF} (?:hurt|harm|cut|kaat|chot)|(?:haath|hath|kalai|"
    r"wrist) (?:kaatne|katne) (?:ka|ko) (?:mann?|dil)"
)

# --- thoughts of suicide, cutting, being a burden (as before) -------------------------------------

# "pienso en suicidarme", "j'ai pensé au suicide", "penso al suicidio".
OTHER_LANGUAGE_THOUGHTS = (
    r"(?:pienso|pense|pensando|pensamientos?) (?:en|de) (?:el |la )?(?:suicidio|suicidarme|matarme|"
    r"morir(?:me)?)|pensamientos suicidas|"
    r"(?:j'ai )?(?:pense|pensees?) (?:au|a la|a me) (?:suicide|suicider|tuer|mort)|idees suicidaires|"
    r"(?:suizid|selbstmord)gedanken|(?:denke|dachte) (?:an|uber|ueber) (?:suizid|selbstmord|den tod)|"
    r"pensamentos suicidas|(?:penso|pensei|pensando) em (?:me matar|suicidio|morrer)|"
    r"pensieri suicidi|(?:penso|pensato) al suicidio|"
    rf"{_HI_SUICIDE} (?:ke|ka) (?:baare mein |bare me |khayal|khyal|vichar)|{_HI_SUICIDE} (?:karne )?"
    r"(?:ka|ke) (?:khayal|khyal|vichar)"
)
OTHER_LANGUAGE_SELF_HARM = (
    r"me (?:corte|cortaba|estoy cortando|he cortado|lastime|hice dano)(?: los brazos| las munecas| "
    r"las piernas| el brazo| la muneca)? (?:otra vez|de nuevo|anoche|hoy|a proposito)|"
    rf"(?:ganas de|quiero) (?:cortarme{_NOT_GROOMING}|lastimarme|hacerme dano)|autolesion(?:arme|es|e)?|"
    r"je me (?:suis )?scarifi\w*|me scarifier|automutil\w*|je me suis (?:coupee?|fait du mal) "
    r"(?:encore|expres|hier soir|ce soir|a nouveau)|"
    r"(?:mich |habe mich |hab mich )(?:\w+ ){0,3}?geritzt|ritze mich|(?:will|muss) mich ritzen|"
    r"selbstverletz\w*|"
    r"me cortei (?:de novo|outra vez|ontem|hoje|de proposito)|automutila\w*|"
    r"mi sono tagliat[oa] (?:di nuovo|ancora|ieri sera|stanotte|apposta)|autolesionismo|"
    r"mi taglio (?:di nuovo|ancora)"
)
OTHER_LANGUAGE_BURDEN = (
    r"(?:estarian|estarias|estaria|seria|estan) mejor sin mi|(?:serait|seraient|seront) mieux sans "
    r"moi|tout le monde serait mieux sans moi|besser dran ohne mich|(?:waren|ware|sind) besser ohne "
    r"mich|(?:ficariam|ficaria|estariam) melhor sem mim|(?:starebbero|sarebbero|starebbe) meglio "
    r"senza di me|(?:mere bina|mere baghair) (?:sab|sabki|sab ki|sabko) (?:zindagi )?(?:behtar|"
    r"better|khush)"
)

# --- saying one will do it (high; imminent with a near time) -------------------------------------

OTHER_LANGUAGE_INTENT = (
    r"me voy a (?:matar|suicidar|quitar la vida)|voy a (?:matarme|suicidarme|quitarme la vida)|"
    rf"voy a (?:acabar|terminar) con (?:mi vida|todo){_NOT_A_TASK}|"
    r"(?:esta noche|hoy) me mato|me mato (?:esta noche|hoy)\b|"
    r"je vais (?:me tuer|me suicider|en finir|mettre fin a (?:mes jours|ma vie)|me foutre en l'air)|"
    r"ich (?:bringe?|werde) mich (?:heute |jetzt )?(?:um|umbringen|t(?:o|oe)ten)|ich werde "
    r"(?:heute |jetzt )?(?:mir das leben nehmen|meinem leben ein ende setzen)|ich nehme mir "
    r"(?:heute |jetzt )?das leben|ich (?:werde|mache|mach) (?:heute (?:nacht |abend )?|jetzt )?"
    r"(?:mit allem|mit meinem leben|mit dem leben) schluss|"
    r"vou (?:me matar|me suicidar|tirar (?:a )?minha (?:propria )?vida|acabar com (?:a )?(?:minha "
    rf"vida|tudo){_NOT_A_TASK})|"
    r"mi ammazzo|mi uccido|mi tolgo la vita|(?:la )?faccio finita(?! con\b)|ik ga mezelf "
    r"(?:van kant maken|doden)|"
    rf"{_HI_SELF} (?:khatam kar|maar|mar|maar daal) {_HI_WILL}|{_HI_SUICIDE} kar (?:lunga|lungi|"
    r"loonga|loongi|raha (?:hoon|hun|hu)|rahi (?:hoon|hun|hu))|apni (?:jaan|zindagi) (?:le|khatam "
    rf"kar) {_HI_WILL}"
)

# --- a means, then "I'll do it" (high; as "I have the pills and I'm doing it") -----------------

_MEANS_WORDS = (
    r"(?:pastillas|pildoras|pastilhas|comprimidos|remedios|cuerda|soga|corda|cuchillas?|laminas?|"
    r"pistola|arma|cachets|comprimes|pilules|medicaments|corde|lame|tabletten|pillen|strick|seil|"
    r"pillole|pastiglie|compresse|goliyan|goliyaan|goliya|rassi|pills|rope)"
)
_WILL_DO_IT = (
    r"(?:lo voy a hacer|voy a hacerlo|(?:esta noche|hoy|ahora) lo hago|lo hago (?:esta noche|hoy|"
    r"ahora)|lo hare|me las (?:voy a )?tom(?:o|ar) todas|vou fazer (?:isso|isto)|vou faze-lo|"
    r"(?:hoje|esta noite) (?:eu )?fa(?:c|ç)o (?:isso|isto)?|vou tomar (?:todos|todas|tudo)|"
    r"je (?:vais le faire|le ferai|le fais (?:ce soir|cette nuit|maintenant|aujourd'hui)|vais les "
    r"prendre toutes|vais tout prendre)|ce soir je le fais|ich (?:mache|tue|mach|tu) es|ich werde "
    r"es tun|ich nehme (?:sie )?alle|lo faro|lo faccio|le prendo tutte|(?:aaj|aaj raat|abhi) "
    r"(?:kar|kha) (?:lunga|lungi|dunga|dungi)|sab kha (?:lunga|lungi))"
)
OTHER_LANGUAGE_MEANS_AND_INTENT = rf"{_MEANS_WORDS}\b[^\n]{{0,60}}?\b{_WILL_DO_IT}\b"

# --- the means ready (imminent, as "I have the pills ready") ---------------------------------------

OTHER_LANGUAGE_MEANS_READY = (
    r"(?:pastillas|pildoras|medicamentos|medicinas|capsulas) (?:ya )?(?:(?:estan|tengo) )?(?:ya )?"
    r"(?:listas|listos|preparadas|preparados|contadas)|(?:tengo|estan) (?:ya )?(?:listas|"
    r"preparadas|contadas) (?:las|mis) (?:pastillas|pildoras)|(?:ho|sono) (?:gia )?(?:pronte|"
    r"preparate) (?:le|tutte le) (?:pillole|pastiglie|compresse)|(?:tenho|estao) (?:ja )?(?:prontos|"
    r"separados|prontas|separadas) (?:os|as|todos os|todas as) (?:comprimidos|remedios|pilulas)|"
    r"(?:medicaments|cachets|comprimes|pilules|gelules) (?:sont )?(?:prets|pretes|prepares|"
    r"preparees|comptes)|"
    r"(?:pillole|pastiglie|compresse|farmaci|medicine) (?:sono )?(?:gia )?(?:pronte|pronti|"
    r"preparate|preparati|contate)|"
    r"(?:comprimidos|remedios|pilulas|pastilhas|capsulas) (?:(?:estao|ja estao) )?(?:prontos|prontas|"
    r"separados|separadas|contados)|"
    r"(?:tabletten|pillen|medikamente) (?:sind |liegen )?(?:schon )?(?:bereit|parat|bereitgelegt|"
    r"abgezahlt)|"
    r"(?:goliyan|goliyaan|goliya|tablets|pills|dawai|dawaiyan|dawaiyaan) (?:ready|taiyar|taiyaar|"
    r"tayyar|tayar) (?:hai|hain|h|rakhi|kar li)|"
    # A rope or a gun: "la cuerda esta lista", "der strick ist bereit", "rassi taiyaar hai".
    r"(?:cuerda|soga|pistola) (?:ya )?(?:esta )?(?:lista|preparada)|(?:la corde|le pistolet|le "
    r"flingue) (?:est )?(?:prete?|preparee?)|(?:la corda|la pistola) (?:e )?(?:pronta|preparata)|"
    r"(?:a corda|a arma) (?:(?:esta|ja esta) )?(?:pronta|preparada)|(?:der strick|das seil|die waffe|"
    r"die pistole) (?:ist |liegt )?(?:schon )?(?:bereit|parat)|(?:rassi|phanda|fanda) (?:ready|"
    r"taiyar|taiyaar|tayyar) (?:hai|h)"
)
# Getting medicine ready for a trip or the week, or collecting it: routine, unless meant.
ROUTINE_ABROAD = Innocent(
    re.compile(
        r"\b(?:farmacia|pharmacie|apotheke|drogaria|chemist|medical store|pastillero|pilulier|"
        r"portapillole|porta ?comprimidos|tablettenbox|dosierer|semana|semaine|settimana|woche|"
        r"viaje|voyage|viaggio|viagem|reise|vacaciones|vacances|vacanze|ferias|urlaub|desayuno|"
        r"colazione|fruhstuck|manana|demain|domani|amanha|morgen|receta|ordonnance|ricetta|receita|"
        r"rezept|escalada|escalade|arrampicata|klettern|camping|acampar|caza|chasse|caccia|jagd|"
        r"tiro|schiess\w*|poligono|stand de tir|gym|palestra|recoger|retirar|ramasser|chercher|"
        r"ritirare|buscar|abholen|abholung|pick up|abuela|abuelo|mama|papa|nonna|nonno|mamma|"
        r"grand-mere|grand-pere|oma|opa|avo|mae|pai|nani|dadi|paciente|patient|paziente|nino|nina|"
        r"ninos|ninas|hijo|hija|hijos|hijas|enfant|enfants|figlio|figlia|figli|filho|filha|filhos|"
        r"kind|kinder|tus|sus|tes|ses|tue|sue|teus|seus|tuas|suas|deine|seine|ihre)\b"
    ),
    meant=re.compile(
        r"\b(?:esta noche|ce soir|cette nuit|stanotte|stasera|esta noite|heute nacht|aaj raat|adios|"
        r"adieu|addio|adeus|despedida|lo hago|morir|mourir|morire|morrer|sterben|marna|matarme|me "
        r"tuer|uccidermi|me matar|umbringen|suicid\w*|khatam)\b"
    ),
)

# --- a goodbye letter or last message (high, as "I wrote my goodbye letter") -----------------------

OTHER_LANGUAGE_NOTE = (
    r"(?:escribi|he escrito|estoy escribiendo|deje|ya tengo|tengo lista|termine) (?:mi |una |la |"
    r"mis |las )?(?:cartas?|notas?|mensajes?) (?:de despedida|de suicidio|suicidas?|finale?s?)|"
    r"mis? (?:cartas?|notas?) (?:de despedida|suicidas?|de suicidio)|(?:carta|nota) suicida|"
    r"nota de suicidio|"
    r"(?:j'ai ecrit|j'ecris|j'ai laisse|je laisse|je suis en train d'ecrire) (?:ma |une |la |mes |"
    r"des )?(?:lettres?|mots?|messages?) d'adieu|(?:ma|mes) lettres? d'adieu|mon mot d'adieu|"
    r"lettre de suicide|"
    r"(?:ho scritto|sto scrivendo|ho lasciato|lascio) (?:la |una |le |la mia |le mie )?(?:letter[ae]|"
    r"bigliett[oi]|messaggi?o?) (?:d'addio|di addio)|la mia lettera (?:d'addio|di addio)|"
    r"(?:lettera|biglietto) (?:di suicidio|suicida)|"
    r"(?:escrevi|estou escrevendo|deixei|ja tenho) (?:a |uma |minha |a minha |as |minhas )?"
    r"(?:cartas?|bilhetes?|mensage(?:m|ns)) de (?:despedida|suicidio)|(?:minha|a minha) carta de "
    r"despedida|(?:carta|bilhete) suicida|"
    r"(?:ich )?(?:habe|hab) (?:meinen |einen |den |meine |die )?abschiedsbrie(?:f|fe) (?:schon )?"
    r"(?:geschrieben|fertig)|meine? abschiedsbrief(?:e)?|abschiedsbrief(?:e)? (?:ist|sind) "
    r"(?:geschrieben|fertig)|(?:ich )?schreibe (?:gerade )?(?:meinen |einen )?abschiedsbrief|"
    r"suicide note likh (?:diya|liya|di|li|raha|rahi|chuka|chuki)|(?:aakhri|akhri|antim) (?:khat|"
    r"chitthi|chithi|paigam)"
)
OTHER_LANGUAGE_GOODBYE = (
    r"(?:adios|adieu|addio|adeus|alvida|bye|goodbye) (?:a todos |a tous |a tutti |a todos |sabko "
    r"|sab ko )?(?:para siempre|pour toujours|per sempre|para sempre|hamesha ke liye)|lebt? wohl "
    r"(?:f(?:u|ue)r immer)|"
    r"(?:este|esto) es mi ultimo mensaje|c'est mon dernier message|questo e il mio ultimo messaggio|"
    r"(?:esta|essa) e (?:a )?minha ultima mensagem|das ist meine letzte nachricht|(?:ye|yeh) mera "
    r"(?:aakhri|akhri) (?:message|msg|paigam)|"
    r"nunca mas me (?:veran|vas a ver|volveran a ver)|vous ne me reverrez (?:plus|jamais)|non mi "
    r"(?:vedrete|rivedrete) (?:piu|mai piu)|nunca mais (?:voces )?(?:vao|vai) me ver|ihr werdet mich "
    r"nie wieder sehen"
)
# "mi ultimo mensaje de hoy", "dernier message avant les vacances": a parting for a while.
NOT_FOR_A_WHILE = (
    r"(?! (?:de hoy|del dia|por hoy|du jour|de la journee|avant|di oggi|della giornata|prima|de "
    r"hoje|do dia|por hoje|antes|f(?:u|ue)r heute|vor|heute|aaj ka|aaj ke liye)\b)"
)
# A farewell card for a colleague, a teacher, a move or a retirement.
ORDINARY_FAREWELLS = Innocent(
    re.compile(
        r"\b(?:jubila\w*|retraite|pension\w*|aposenta\w*|ruhestand|rente|colegas?|companer\w*|"
        r"collegues?|collegh\w*|colleghi|kolleg\w*|trabajo|travail|lavoro|trabalho|arbeit|job|"
        r"escuela|ecole|scuola|escola|schule|profe\w*|maestr\w*|insegnant\w*|lehrer\w*|mudanza|"
        r"demenagement|trasloco|mudanca|umzug|clase|classe|turma|klasse|novela|roman|romanzo|"
        r"romance|personaje|personnage|personaggio|personagem|figur|tarjeta|carte|biglietto di "
        r"auguri|cartao|karte|boda|mariage|matrimonio|casamento|hochzeit|viaje|voyage|viaggio|"
        r"viagem|reise|erasmus|intercambio|echange|scambio|austausch|office|team|equipe|equipo|squadra|"
        r"alumn\w*|eleves|studenti|alunos|sch(?:u|ue)ler\w*|student\w*|clientes?|clients?|kunden|"
        r"twitter|instagram|facebook|tiktok|whatsapp|grupo|groupe|gruppo|gruppe|app|serie|saison|"
        r"temporada|stagione|staffel)\b"
    )
)

# --- the whole supply swallowed (an overdose, as "I took the whole box of pills") -------------

OTHER_LANGUAGE_OVERDOSE = (
    r"me (?:tome|trague|he tomado|he tragado|acabo de tomar|acabo de tragar) (?:todas las (?:[a-z]+ )?"
    r"(?:pastillas|pildoras|capsulas)|toda la caja|todo el (?:bote|frasco|blister)|la caja entera|"
    r"el (?:bote|frasco|blister) entero)|"
    r"j'ai (?:pris|avale) (?:toute la (?:boite|plaquette)|tout le (?:flacon|tube)|toutes les "
    r"(?:pilules|gelules)|tous les (?:cachets|comprimes|medicaments))|"
    r"ho (?:preso|ingoiato|mandato giu) (?:tutte le (?:pillole|pastiglie|compresse)|tutta la "
    r"(?:scatola|confezione|boccetta)|tutto il (?:flacone|blister|tubetto))|"
    r"(?:tomei|engoli) (?:todos os (?:comprimidos|remedios)|todas as (?:pilulas|pastilhas|capsulas)|"
    r"a caixa (?:toda|inteira)|o frasco (?:todo|inteiro)|a cartela (?:toda|inteira))|"
    r"(?:habe|hab) (?:alle|die ganze|die ganzen) (?:tabletten|pillen|packung|schachtel|dose)"
    r"(?: \w+){0,2} (?:genommen|geschluckt|eingenommen)|"
    r"(?:saari|sari|sab|saaree|poori|puri) (?:goliyan|goliyaan|goliya|tablets|pills|dawai|dawaiyan|"
    r"strip|patta) (?:ek saath )?(?:kha|nigal|le) (?:li|lin|leen|liya|gaya|gayi)"
)
# "me tomé todas las pastillas que me recetó el médico": a course finished as prescribed.
AS_PRESCRIBED_ABROAD = Innocent(
    re.compile(
        r"\b(?:recet\w*|prescri\w*|verordnet|verschrieben|tratamiento|traitement|trattamento|"
        r"tratamento|behandlung|antibiotic\w*|antibiotiques?|antibiotik\w*|como (?:me )?dijo|comme "
        r"(?:prevu|indique)|come (?:prescritto|indicato)|wie (?:verordnet|vorgeschrieben)|doctor "
        r"ne (?:kaha|bola)|dose|dosis)\b"
    ),
    meant=re.compile(
        r"\b(?:morir|mourir|morire|morrer|sterben|marna|matarme|me tuer|uccidermi|me matar|"
        r"umbringen|suicid\w*|khatam|adios|adieu|addio|adeus|despedida|de golpe|de una vez|d'un coup|"
        r"tutte insieme|de uma vez|auf einmal|ek saath)\b"
    ),
)

# Words read beside the patterns: the spelling correction must leave them as written ("nonna"
# is no "nanna", "receta" no "recent").
WORDS_READ_ABROAD = tuple(
    innocent.words.pattern + " " + (innocent.meant.pattern if innocent.meant else "")
    for innocent in (ROUTINE_ABROAD, ORDINARY_FAREWELLS, AS_PRESCRIBED_ABROAD)
)
