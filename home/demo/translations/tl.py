"""Tagalog translations of the site-level demo content: the home and about pages.

The content is in home/demo/content.py. See home/demo/translations/__init__.py.
"""

STRINGS = {
    # Home page
    "Home": "Tahanan",
    "home": "tahanan",
    "Trellis Migrant Workers Coalition: status, rights and dignity for migrant workers": (
        "Trellis Migrant Workers Coalition: katayuan, karapatan at dignidad para sa mga "
        "migranteng manggagawa"
    ),
    (
        "A coalition of migrant-worker organizations across Canada campaigning for "
        "permanent status, open work permits, safe housing and protection from heat."
    ): (
        "Isang koalisyon ng mga organisasyon ng migranteng manggagawa sa buong Canada na "
        "nangangampanya para sa permanenteng katayuan, open work permit, ligtas na pabahay "
        "at proteksyon mula sa init."
    ),
    "Same work, same rights. Status for all.": (
        "Parehong trabaho, parehong karapatan. Katayuan para sa lahat."
    ),
    (
        "We are farmworkers, caregivers, fish plant and meatpacking workers, and the "
        "organizations that stand with them in every region of Canada. Together we press "
        "Parliament for permanent status, open work permits and safe, dignified work."
    ): (
        "Kami ay mga manggagawang bukid, caregiver, manggagawa sa mga planta ng isda at "
        "karne, at ang mga organisasyong kaagapay nila sa bawat rehiyon ng Canada. "
        "Sama-sama naming iginigiit sa Parlamento ang permanenteng katayuan, open work "
        "permit, at ligtas at marangal na trabaho."
    ),
    "Rows of crops stretching toward a rising sun.": (
        "Mga hanay ng pananim na umaabot patungo sa sumisikat na araw."
    ),
    "Why a coalition": "Bakit isang koalisyon",
    (
        "Each year tens of thousands of people come to Canada on temporary permits to "
        "plant and harvest our food, care for our families and keep our plants running. "
        "Many are tied to a single employer, live in housing that employer controls, and "
        "risk losing their status if they speak up. No single organization can change that "
        "alone."
    ): (
        "Taun-taon, sampu-sampung libong tao ang dumarating sa Canada na may "
        "pansamantalang permit upang magtanim at mag-ani ng ating pagkain, mag-alaga sa "
        "ating mga pamilya at patakbuhin ang ating mga planta. Marami ang nakatali sa "
        "iisang employer, nakatira sa pabahay na kontrolado ng employer na iyon, at "
        "nanganganib mawalan ng katayuan kapag nagsalita sila. Walang iisang organisasyon "
        "ang makapagbabago nito nang mag-isa."
    ),
    (
        "Our member organizations pool what they learn on the ground into joint "
        "submissions to Parliament, coordinated petitions, and news releases that put "
        "workers' own words in front of decision-makers."
    ): (
        "Pinagsasama-sama ng aming mga kasaping organisasyon ang kanilang natututunan sa "
        "mismong komunidad para sa magkakasamang pagsusumite sa Parlamento, mga "
        "pinag-ugnay na petisyon, at mga news release na naglalapit sa mismong salita ng "
        "mga manggagawa sa mga gumagawa ng desisyon."
    ),
    (
        "When we speak one by one, they tell us we are a special case. When we speak "
        "together, they have to listen."
    ): (
        "Kapag isa-isa kaming nagsasalita, sinasabi nilang espesyal na kaso kami. Kapag "
        "sama-sama kaming nagsasalita, kailangan nilang makinig."
    ),
    "Farmworker and volunteer organizer": "Manggagawang bukid at boluntaryong organisador",
    # About page
    "About the coalition": "Tungkol sa koalisyon",
    "about": "tungkol-sa-koalisyon",
    (
        "The Trellis Migrant Workers Coalition brings together worker centres, caregiver "
        "associations, legal clinics, faith groups and union locals that support migrant "
        "workers from British Columbia to Newfoundland and Labrador."
    ): (
        "Pinagbubuklod ng Trellis Migrant Workers Coalition ang mga worker centre, samahan "
        "ng mga caregiver, legal clinic, grupong pananampalataya at lokal ng mga unyon na "
        "sumusuporta sa mga migranteng manggagawa mula British Columbia hanggang "
        "Newfoundland and Labrador."
    ),
    "What we do": "Ang aming ginagawa",
    (
        "<b>Policy.</b> We write briefs to parliamentary committees and ministers, "
        "grounded in what workers tell our members."
    ): (
        "<b>Patakaran.</b> Sumusulat kami ng mga brief para sa mga komite ng Parlamento at "
        "sa mga ministro, batay sa mga ikinukuwento ng mga manggagawa sa aming mga kasapi."
    ),
    (
        "<b>Petitions.</b> We run petitions that supporters sign once and that we deliver "
        "to every Member of Parliament, riding by riding."
    ): (
        "<b>Mga petisyon.</b> Nagpapatakbo kami ng mga petisyong minsan lang pinipirmahan "
        "ng mga tagasuporta at inihahatid namin sa bawat Miyembro ng Parlamento, riding "
        "kada riding."
    ),
    (
        "<b>Media.</b> We help workers tell their own stories to journalists, in the "
        "language they are most comfortable in."
    ): (
        "<b>Media.</b> Tinutulungan namin ang mga manggagawa na sila mismo ang magkuwento "
        "ng kanilang karanasan sa mga mamamahayag, sa wikang pinakakomportable sila."
    ),
    "How we work": "Paano kami kumikilos",
    (
        "Founding members set the coalition's priorities each spring at an assembly held "
        "in several languages. Members take part in campaigns and sign joint submissions; "
        "endorsers support particular campaigns without joining. Workers decide what is "
        "said in their name: we never publish a worker's name, employer or photo without "
        "their clear agreement."
    ): (
        "Itinatakda ng mga tagapagtatag na kasapi ang mga prayoridad ng koalisyon tuwing "
        "tagsibol sa isang asembleyang ginaganap sa iba't ibang wika. Nakikilahok ang mga "
        "kasapi sa mga kampanya at pumipirma sa magkakasamang pagsusumite; sinusuportahan "
        "naman ng mga tagasuportang organisasyon ang ilang partikular na kampanya nang hindi "
        "sumasapi. Ang mga manggagawa ang nagpapasya kung ano ang sasabihin sa kanilang "
        "pangalan: hindi namin kailanman inilalathala ang pangalan, employer o larawan ng "
        "isang manggagawa nang walang malinaw niyang pahintulot."
    ),
    "Our priorities": "Ang aming mga prayoridad",
    "Permanent resident status for all migrants, including those without papers.": (
        "Permanenteng paninirahan para sa lahat ng migrante, kabilang ang mga walang papeles."
    ),
    "Open work permits, so no worker is tied to one employer.": (
        "Open work permit, upang walang manggagawang nakatali sa iisang employer."
    ),
    "Enforceable standards for employer-provided housing.": (
        "Mga pamantayang maipatutupad para sa pabahay na ibinibigay ng employer."
    ),
    "Protection from extreme heat, including the right to stop work.": (
        "Proteksyon mula sa matinding init, kabilang ang karapatang tumigil sa pagtatrabaho."
    ),
    (
        "I came to care for other people's children. I should not have to choose between "
        "my job and my right to stay."
    ): (
        "Pumunta ako rito para mag-alaga ng mga anak ng ibang tao. Hindi ako dapat "
        "mapilitang mamili sa pagitan ng aking trabaho at ng aking karapatang manatili."
    ),
    "Home child-care provider": "Tagapag-alaga ng bata sa tahanan",
}
