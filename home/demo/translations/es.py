"""Spanish translations of the site-level demo content: the home and about pages.

The content is in home/demo/content.py. See home/demo/translations/__init__.py.
"""

STRINGS = {
    # Home page
    "Home": "Inicio",
    "home": "inicio",
    "Trellis Migrant Workers Coalition: status, rights and dignity for migrant workers": (
        "Trellis Migrant Workers Coalition: estatus, derechos y dignidad para los "
        "trabajadores migrantes"
    ),
    (
        "A coalition of migrant-worker organizations across Canada campaigning for "
        "permanent status, open work permits, safe housing and protection from heat."
    ): (
        "Una coalición de organizaciones de trabajadores migrantes de todo Canadá que "
        "lucha por el estatus permanente, los permisos de trabajo abiertos, una vivienda "
        "segura y la protección contra el calor."
    ),
    "Same work, same rights. Status for all.": (
        "Mismo trabajo, mismos derechos. Estatus para todos."
    ),
    (
        "We are farmworkers, caregivers, fish plant and meatpacking workers, and the "
        "organizations that stand with them in every region of Canada. Together we press "
        "Parliament for permanent status, open work permits and safe, dignified work."
    ): (
        "Somos trabajadores agrícolas, cuidadoras, trabajadores de plantas procesadoras de "
        "pescado y de carne, y las organizaciones que los acompañan en todas las regiones "
        "de Canadá. Juntos exigimos al Parlamento el estatus permanente, permisos de "
        "trabajo abiertos y un trabajo seguro y digno."
    ),
    "Rows of crops stretching toward a rising sun.": (
        "Hileras de cultivos que se extienden hacia el sol naciente."
    ),
    "Why a coalition": "¿Por qué una coalición?",
    (
        "Each year tens of thousands of people come to Canada on temporary permits to "
        "plant and harvest our food, care for our families and keep our plants running. "
        "Many are tied to a single employer, live in housing that employer controls, and "
        "risk losing their status if they speak up. No single organization can change that "
        "alone."
    ): (
        "Cada año, decenas de miles de personas llegan a Canadá con permisos temporales "
        "para sembrar y cosechar nuestros alimentos, cuidar de nuestras familias y "
        "mantener en marcha nuestras plantas. Muchas están atadas a un solo empleador, "
        "viven en alojamientos que ese empleador controla y corren el riesgo de perder su "
        "estatus si alzan la voz. Ninguna organización puede cambiar eso por sí sola."
    ),
    (
        "Our member organizations pool what they learn on the ground into joint "
        "submissions to Parliament, coordinated petitions, and news releases that put "
        "workers' own words in front of decision-makers."
    ): (
        "Nuestras organizaciones miembro reúnen lo que aprenden sobre el terreno en "
        "presentaciones conjuntas al Parlamento, peticiones coordinadas y comunicados de "
        "prensa que llevan las propias palabras de los trabajadores ante quienes toman las "
        "decisiones."
    ),
    (
        "When we speak one by one, they tell us we are a special case. When we speak "
        "together, they have to listen."
    ): (
        "Cuando hablamos uno por uno, nos dicen que somos un caso especial. Cuando "
        "hablamos juntos, tienen que escucharnos."
    ),
    "Farmworker and volunteer organizer": "Trabajadora agrícola y organizadora voluntaria",
    # About page
    "About the coalition": "Acerca de la coalición",
    "about": "acerca-de",
    (
        "The Trellis Migrant Workers Coalition brings together worker centres, caregiver "
        "associations, legal clinics, faith groups and union locals that support migrant "
        "workers from British Columbia to Newfoundland and Labrador."
    ): (
        "La Trellis Migrant Workers Coalition reúne a centros de trabajadores, "
        "asociaciones de cuidadoras, clínicas jurídicas, grupos religiosos y secciones "
        "sindicales que apoyan a los trabajadores migrantes desde Columbia Británica hasta "
        "Terranova y Labrador."
    ),
    "What we do": "Qué hacemos",
    (
        "<b>Policy.</b> We write briefs to parliamentary committees and ministers, "
        "grounded in what workers tell our members."
    ): (
        "<b>Políticas públicas.</b> Redactamos informes para comités parlamentarios y "
        "ministros, basados en lo que los trabajadores cuentan a nuestros miembros."
    ),
    (
        "<b>Petitions.</b> We run petitions that supporters sign once and that we deliver "
        "to every Member of Parliament, riding by riding."
    ): (
        "<b>Peticiones.</b> Organizamos peticiones que quienes nos apoyan firman una sola "
        "vez y que entregamos a cada diputado del Parlamento, circunscripción por "
        "circunscripción."
    ),
    (
        "<b>Media.</b> We help workers tell their own stories to journalists, in the "
        "language they are most comfortable in."
    ): (
        "<b>Medios.</b> Ayudamos a los trabajadores a contar sus propias historias a "
        "periodistas, en el idioma en que se sientan más cómodos."
    ),
    "How we work": "Cómo trabajamos",
    (
        "Founding members set the coalition's priorities each spring at an assembly held "
        "in several languages. Members take part in campaigns and sign joint submissions; "
        "endorsers support particular campaigns without joining. Workers decide what is "
        "said in their name: we never publish a worker's name, employer or photo without "
        "their clear agreement."
    ): (
        "Los miembros fundadores fijan las prioridades de la coalición cada primavera en "
        "una asamblea que se celebra en varios idiomas. Los miembros participan en las "
        "campañas y firman las presentaciones conjuntas; las organizaciones adherentes apoyan "
        "campañas concretas sin afiliarse. Los trabajadores deciden lo que se dice en su "
        "nombre: nunca publicamos el nombre, el empleador ni la foto de un trabajador sin "
        "su consentimiento claro."
    ),
    "Our priorities": "Nuestras prioridades",
    "Permanent resident status for all migrants, including those without papers.": (
        "Residencia permanente para todas las personas migrantes, incluidas las que no "
        "tienen papeles."
    ),
    "Open work permits, so no worker is tied to one employer.": (
        "Permisos de trabajo abiertos, para que ningún trabajador esté atado a un solo empleador."
    ),
    "Enforceable standards for employer-provided housing.": (
        "Normas de cumplimiento obligatorio para la vivienda que proporciona el empleador."
    ),
    "Protection from extreme heat, including the right to stop work.": (
        "Protección contra el calor extremo, incluido el derecho a dejar de trabajar."
    ),
    (
        "I came to care for other people's children. I should not have to choose between "
        "my job and my right to stay."
    ): (
        "Vine a cuidar a los hijos de otras personas. No debería tener que elegir entre mi "
        "trabajo y mi derecho a quedarme."
    ),
    "Home child-care provider": "Cuidadora de niños a domicilio",
}
