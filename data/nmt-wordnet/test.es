Enamorado, ella quién da su retrato promete el original.
Paró worriedly antes de llamar el banco.
Envidié su rápido buildup de ventajas.
El banco ofrece un trato bueno en hipotecas nuevas.
Convocar todo vuestro valor.
La socialización de servicios médicos.
Moderno inglés es un syncretic lengua.
Tengo un jardín de rock.
Arriba por siete cada mañana.
Reparable Daño al coche.
Este estudiante sabe sus verbos irregulares.
El postulational el método estuvo aplicado a geometría.
En un día claro.
Las trompetas soplaron.
Oblique Maniobras políticas.
La flecha atacó en casa.
Interrelaciones de función y estructura animales.
Su oficina nueva careció de el spaciousness que había acaecido acostumbrado a.
Tomó un bash derecho en su cara.
Nuestras inmersiones de hacienda hacia el río.
El remordimiento era cancerous dentro le.
Él sweepingly condenado la población entera del país para los delitos de guerra.
Serías un dingbat incluso para probarlo.
Lustroso y ágil como gymnast.
Una declaración definitiva de los plazos de la voluntad.
Gasista está corriendo abajo en las canal gasistas en el Midwest.
Un disjointed ave.
El grito duro de un arrendajo azul.
El dinero había ido después de que unos cuantos días.
Su risco tenido éxito en cogerle aceptó.
Hudson señaló su barco abajo la costa del newfound mar.
Dejaré ir, y dejado me tomo dónde él .
Un ample waistline.
Las expectativas eran pobres.
Obró muy obstructively cuándo intentamos llevar fuera de nuestro proyecto.
Cuándo era mala era horrid.
Los guisantes son overboiled.
Ninguna anchoa a no ser que otherwise especificó.
Piensa esto a través de muy cuidadosamente!
Publicó un ataque inesperado en mi obra.
Ya no podría contener su hostilidad.
Los recién llegados estuvieron cumplidos por sonreír greeters.
El dinero es un poderoso afrodisíaco.
Si continuamente tedas continuamente tendrá.
Contestó las cuestiones del juez artlessly.
Tipo justo en vuestro favorito pithy refrán.
Casa quedada en un sulk.
Un swooning apto.
Un CONS es un objeto qué cuidados.
El bote cortado el agua.
El chino está dicho para cosechar órganos de ejecutó delincuentes.
Bumpkinly Chicos de país.
Coste el auxiliar.
Los niños tormented el profesor de tartamudez.
Adduct El músculo de muslo.
Era en París recientemente.
El burglar llevado su loot en un pillowcase.
El dios toma fuera vuestros pecados.
El plaza es teeming con undercover policías.
El oso pawed la puerta.
El más resourceful cocinero en ciudad.
Cobró un dólar para un shoeshine.
Comportamiento permisible en escolar.
Facultative Cursos en las ciencias.
Lo dio un bueno mopping.
Preparaba para oportunidades de ocupación futura.
Incorporar este documento con aquellos perteneciente al mismo caso.
Si una cosa vale hacer, vale hacer mal.
Giraron a individualismo como su salvación.
Era recibió inhospitably por su familia nueva.
Con esta máquina, el ultrasonido puede ser visualizado.
Utilizaron técnicas de criminología.
Sería imprudente para un noneconomist para hablar sobre los detalles de póliza económica.
Osar sus terrores mortíferos clasp?
Una masa de serie nudosa.
Todo fue pop.
Gozar vuestra sesión!
Una clase de especulación que era permisible en cosmología pero inadmisible en medicina.
La historia ha mucho para decir encima siguiendo los procedimientos apropiados.
El exterminator disinfests la casa.
El capital taiwanés es Taipeh.
Las tren llevaron fuera.
Susurró una ola como movió sus manos.
Agudeza cristalina de esbozo.
Su resentimiento tomó la forma de hostilidad extrema.
Tomó su sitio.
Inelegible para beneficios de jubilación.
Juego las razas.
Un paso de balancear.
Tendríamos que ser felices estamos viviendo en el tiempo que somos.
Negó cualquier wrongdoing.
Favorece su segunda hija.
Un occult fractura.
Los grupos aminos pueden transaminate.
Bueno noticioso es la manera de la vida justa de mantenerte fuera saldo.
La masificación hizo las sesiones triples necesarias.
Era un asunto de autoría discutida.
Corral Los caballos.
Qué era responsable para la desaparición de la selva tropical?
Vuestro paso tierra muchos países.
Las celdas fusionan.
La empresa operada en una pérdida último año.
Un círculo era el embodiment de su concepto de vida.
Qué extraordinariamente resbaladizo un mentiroso el cámara es.
Pasó horas buscando la fuente de aquella mención.
Rusia tiene que ser reintegrated a Europa.
Rehuso la idea de empezar una guerra.
El debate intensificó.
Un incendiado firework procede superior a las circunstancias hasta su vitalidad abrasadora se apaga.
La lonja está siendo clogged por estas operaciones.
Una manera para parar un runaway el caballo es para apostar encima le.
Para acusar otros para uno es desgracias propias es un signo de querer de educación.
Él huffed y puffed como hizo su manera arriba de la montaña.
Anduvo a lo largo de la pista de ferrocarril.
Vendió los platos por la pieza.
Le atacó de frente el techo bajo.
Una camisa ensangrentada.
Las estrellas gravitate hacia cada otro.
Un hombre en Boston ha sido strangling varias prostitutas de docena.
Yo singed mis cejas.
Un Fortran el compilador es el hobgoblin de pequeño minis.
Da arriba de una carrera.
El vino dejó una mancha oscura.
Los grupos militantes están contendiendo para control del país.
Carreras de servicio completamente a Cranbury.
Las personas responden a personas quiénes responden.
El ataque heroico en las playas de Normandía.
Tragó sus palabras.
En una reunión regular del PTA.
El gobierno logra fuera a las personas.
Su primer movimiento era para contratar un abogado.
Pausa para almacenamiento relocation.
En los días viejos, las personas estuvieron dibujadas y acuartelados para delitos seguros.
Enumeró los muchos obstáculos había encontrado.
Nonfatal Ataque de corazón.
El fugitivo ha dejado el país.
Aparentemente ha sido viviendo aquí para algún tiempo.
La silla mecer rhythmically atrás y adelante.
Entrega libre rural.
Si no completamente satisfecho, regreso para reembolso lleno de precio de compra.
Aguanta insulto con humor bueno gentil.
Ejecutar cada ley de thy vida como si era thy último.
Estas funciones de máquina sólo defectively.
El aspecto ventral del ente humano.
Una exposición rica.
Les dice te ha ya invitó esta persona para cumplirles.
Leyó un transcript del interrogatorio.
Un comité estuvo nombrado para recomendar estandarización terminológica.
Un sloppy piso.
el accidente de mercado de valores otra vez?
Un libro póstumo.
Steamroller La carretera.
Las áreas remotas del país eran gradualmente construidos arriba.
Derecho de búsqueda.
Tengo algo personal de decirte.
hay no fool al viejo fool.
Publicaron una colección de Elizabethan bawdy.
Cogía una chica a problema.
Compone atonally.
Es vuestros vasos mended con una tira de enmascarar derecho de cinta sobre vuestra nariz?
Bosques de conífera cubren el orientales versant.
Hay nada tan fácil pero que acaece difícil cuándo tú él a regañadientes.
El Anasazi habitaciones de acantilado construido en el southwestern Estados Unidos.
Mi ayudante invaluable.
Afrontó muerte segura.
Un stony loamless patio.
Por qué no salir en un limb?
Algunos hombres desagradan brainy mujeres.
Esto requirió una entrevista con el oso.
Fui para despertarles arriba yo.
Indigno de forgiveness.
El fútbol combina las dos características peores de vida americana.
Personas de marca de los accidentes.
Un morsel de la historia genuina es una cosa tan raro como para ser siempre valioso.
Noncompetitive Interés en juegos.
Cinco bicicletas hacen un volkswagen, siete marca un camión.
La imaginación popular creó un mundo de demonios.
Un unsophisticated máquina.
Una explosión de lluvia pesada.
El era evicted de las premisas.
Portuario un rifle.
En el lado de sotavento de la isla.
Un staphylococcal infección.
Tact Es el arte de hacer un punto sin hacer un enemigo.
Un sultry baile.
Utilizado muchas palabras extrañas.
Creo que nunca oiré Un poema más precioso que cerveza.
Me aceché cuándo intenté llamar la policía.
La presencia de discriminatorio o prejudicial actitudes en la población blanca.
Discute con self.
Nadie puede vivir para siempre.
Pasa cada seis meses o tan.
Una adicción incurable a fumar.
Y si tengo que risa, bien, pienso de mi vida de sexo.
Overt La inteligencia que reúne.
Tomó mis ayudantes varios años de hombre del centenar para construir.
Mineros de carbón siberiano.
Cada cual de nosotros aguanta su Infierno propio.
Sus ojos brimmed con lágrimas.
Un monopolio encima plata.
Nunca hace bastante qué quiero Pero sólo qué I lo dice.
La organización estuvo conducida subterráneo .
El pollo Poco sólo tiene que ser derecho una vez.
Todo el mundo sabe que te realmente hacer.
Nuestro presupuesto sólo será insignificantly afectado por estos cortes nuevos.
Finalmente eligió su sucesor.
Su sangre dejó una mancha en la servilleta.
Una inspección de minuto de las tierras.
Las personas eran en línea en el checkout contador.
Puse de estas palabras por grupo.
Osama bin Laden y sus seguidores practican Wahhabism.
Las olas rodaron hacia la playa.
Recientemente rouged labios.
Las rupturas de tierra y el entrails de una cabra era fundar ligado en nudos cuadrados.
Neil Armstrong tropezó.
A pesar de que atenúa en aprendizaje clásico, en matemáticas era uncommonly rápidamente.
Cuándo sales al mundo, reloj para tráfico, manos de control, y enganchar junto.
Aceleró el coche.
La policía alrededor aquí no es motorizado y patrullero las calles en horseback.
La villa domina la ciudad.
Un fresco y sanguine tez.
Una taza social de café.
Preparar una habla.
Te quieres para firmar los papeles.
Swaddled El niño.
Su habla tiene un gracioso twang.
Una hoja de pelusa en su traje.
Hoja un manuscrito.
Quizás no hay ningún fin.
Un altavoz de divertir.
Puedes FTP este dato.
Puedes romper un diente en aquel caramelo duro.
La manta te animará.
Dammit Jim, soy un actor , no un doctor.
En días más tempranos, las vírgenes eran a menudo seleccionadas a volcanes de prueba de la beta.
Goza una caminata en su tiempo de sobra.
Con todo el appurtenances cabiendo thereto.
Echar un frisbee.
Un año flaco.
Su vida ahora cuelga por un hilo.
Realmente ahora, no incluso hacen a espejos buenos les gustan ellos utilizó a.
hay siempre alternativas.
Charlas entre israelís y palestinos.
Está supuesta para poner fuera.
Qué sus palabras pretenden?
Trajo fuera de su lado mejor.
Ellos motored a Londres para el teatro.
Un juez perjudicado.
Nunca aplazado hasta que mañana qué puedes hacer hoy.
Hicieron inroads en la lonja de Estados Unidos.
Estuvo a atención con sus hombros braced.
Profesores de química nunca dado, sólo fallan para reaccionar.
La señora de limpieza viene encima alternar miércoles.
Sentido avergonzado de mi capa desgarrada.
Más todo el mundo acuerda.
Marauding se rebela invadió el campo.
El barómetro está cayendo.
Chutó sus talones para horas en la puerta de la Embajada.
Puede saltas la valla?
Truncar una serie.
Qué dijo tuvo gracia pero unquotable.
Un perro ruidoso pequeño.
En mi fin es mi comienzo .
La guerra es gusta amor, siempre encuentra una manera.
Abofeteé mi tono en el escritorio y saludó con la cabeza gravemente.
Los precios quedaron planos.
Los camellos son criaturas duras y fuertes .
Prentice Serie de Software de la sala.
Dio su cabello un pincel rápido.
Llevan estándares blancos sweatsocks.
Estancia después de escolar.
La fuerza productiva más suma es egoísmo humano .
La señal era dos latidos en la pipa de vapor.
Pronostico que hoy será recordado hasta que mañana!
Era animado.
El warmongers mantenido arriba de su drumbeat encima Iraq.
Un cerebrovascular accidente.
El más cambio de cosas, el más se quedan dementes.
Apoyo la Chica Scouts!
Un país adoptivo.
Complacer hacer vuestro trabajo propiamente!
Ahora cada Tom, Dick y Harry cogerán embarazadas.
Ganaron la elección incluso aunque ofrecieron no programa positivo.
Era bastante equivocado.
La vida dada prisa de una ciudad.
Cambiaron su patrón dietético.
Clavó el rafters junto con una viga de lazo.
Una Europa integrada.
El viento reculó.
Una correspondencia casual con un profesor anterior.
Por cierto, TODOS proyectos de software están hechos por iterativos prototyping.
Y este crufty rima.
Por otro lado, es demasiado ambiciosa para su propio bien.
Una celda reversible.
Una sonrisa de decir.
El consumptive habitus.
A pesar de de algunos percances, todo fue swimmingly.
Tomó para siempre para escribir el papel.
Condenamos el racismo en Sudáfrica.
Las personas eran maimed por la explosión.
El alcance del daño.
Un crecimiento de cabello.
Una comunidad suburbana típica.
Un viaje de épica.
Inventó las notas del acantilado.
El ravages de tiempo.
Las flores naranjas brillantes contra el follaje verde eran un showstopper.
El amor no puede ser mucho más joven que la lujuria para asesinato.
El flujo de pensó.
Los chicos bobbed abajo el cerro que chilla con placer.
Un estudiante médico.
Dónde él todos acaban?
Un texto corrupto.
El vitreous cuarto.
Provengo una ciudad pequeña cuya población nunca cambió.
Prudente de los derechos de otros.
Las casas eran jumbled mejilla junta por jowl.
Si no es, no hay ninguna causa para adjournment.
Tiene un ayudante.
Su frío es peor.
Del aire la carretera era un hilo gris .
Obraron en acceso e inicios.
La jefa que rescinde en el pato pintoresco enuncia cuál da el animal su nombre vernáculo.
El ciñió pioneros.
Él eked fuera de sus años en pobreza suma.
La democracia es bien.
Un wrongheaded póliza.
Un unforfeitable derecho.
En caso de ataque atómico, todos obran las reglas serán temporalmente suspendió.
La justificación de medio bárbaro por fines santos.
Control en sitio.
Él quién vive sin la locura es menos sensato que cree.
En Inglaterra un popsicle se apellida un hielo lolly.
Un niño inocente stare.
Una inversión segura.
Consiguieron su debarment de aguantar oficina pública.
El sector público.
Mientras el encendiendo era bien.
El hombre armado voló fuera.
El gato draped ella en el sofá.
El barco grande era despacio porting.
Intenté mantener el niño fuera del grupo.
El hígado es un poco ventral en puesto.
Sin comprensivo los matices más finos no puedes gozar el humor.
Escribió un comentario extendido en la propuesta.
Hace su ropa propia.
Humpty Dumpty Estuvo pulsado.
Las jefas remontan, arriba, arriba, y diez mil pingüinos caen encima suavemente a sus espaldas.
Estuvo empleado en la capacidad de director.
El techo tuvo un tono empinado.
Profundidad de una balda.
Lo dio arriba como trabajo malo.
Marca un esfuerzo.
Por qué es tan duro para ti para mantener en secreto?
Los aztecas immolated víctimas humanas.
Casas suburbanas cómodas.
Corro un cigarrillo.
Le recordó porque llevaba una carpeta grande.
El Ejército Continental.
Mentiras de gobierno, y mentira de diarios, pero en una democracia son mentiras diferentes .
La puerta cerró de golpe cerrada.
Qué es álgebra, exactamente?
Una depresión catastrófica.
Interesado en deportes.
Sólo parece uno.
Una cantidad de perturbar de delito.
Rompió el noticioso a ella.
Overactivity Del sebaceous las glándulas causa la piel para acaecer grasienta.
Una obra sofisticada.
Muchos de los detalles son similares.
La vejez no es para sissies.
El Nubian el desierto parecía para extender fuera antes de que les endlessly.
Su marido reaparecido después de haber dejado hace sus años.
Mientras tanto la policía estuvo notificada.
Nuestra energía sencillamente prevalecería.
había un backlash de intolerancia.
La población de China quintupled.
Mi perro era quarantined antes de que podría vivir en Inglaterra.
No podemos tolerar fumando en el hospital.
Creció incómodo debajo su ojo de valorar.
Un itinerating mercader.
Los terroristas professed lealtad a su país.
Una bebida blanda turneth fuera empresa.
Su upraised bandera.
Todo el mundo fuera del GRUPO GENÉTICO!
Una letra pastoral.
Somos encima ATACA todavía?
Un arteriovenus shunt.
Grate Zanahorias y cebollas.
El poeta simboliza amor en este poema.
La riña era esencialmente un técnico un.
Gullible Los turistas tomados en por el juego de concha.
Tranquillity La Manera No toma ninguna acción, pero deja nada deshecho.
Grimm Asomado cómo las consonantes movieron.
Tenido cada esperanza de éxito.
Obedecer todas leyes de tráfico.
El equipo es una unidad .
Es unstudied en latino como es en poder otros asuntos.
No es obrar pero preocuparse aquello mata.
Habló en un tono nervioso de voz.
La implosión de una bombilla.
había no overlap entre sus propuestas.
Tú haber mucho tiempo y vida sana.
Demasiado listo de ser sonido.
Chary De los riesgos implicaron.
Complacer no anuncia el hecho que tiene sida.
Eres en un maze de UUCP conexiones, todo igualmente.
Operaciones de pensó es requiere caballos frescos, y sólo tiene que ser hecho en momentos decisivos.
Nosotros todos sueñan de ser el darling de todo el mundo es darling.
Riesgo sustancial de descarga eléctrica.
Está determinado para traer abajo el iraquí strongman.
Un diccionario monolingüe.
Su victoria fácil era un testamento a su destreza.
Sentía que su vida entera había sido un fallo .
Los elementos gramaticales de una frase.
Un lurid vida.
El día es todavía joven.
Siempre llega puntualmente.
Cockney Calle urchins.
Dos por ciento de cero es casi nada.
Código las piezas con números de modo que les puedes identificar más tarde.
La ley está muda en el midst de armas.
Los campos vegetate enérgicamente.
Cantamos a thee En una tierra lejana allende el Mar.
Un programa con una provisión de ocaso.
hay no likelihood el hombre nunca puede tocar el poder del átomo.
Conducimos el turnpike para obrar.
Si se cura bien, decirlo.
El más totalmente el hombre estúpido es quién no es consciente que es sensato.
Un granizo de guijarros.
Esta caja alberga las tren.
El arbiter tendrá el último decir.
A escaso toss.
Un juego sencillo.
Cualquier medida que tiende para fusionar inválidos a una clase con privilegios especiales tendría que ser discountenanced.
A la izquierda todo arriba en el aire.
El niño era underexposed a lengua.
El plano de luchador estuvo ordenado para interceptar una aeronave que había introducido el país airspace.
La televisión educativa tendría que ser absolutamente prohibida.
El cuerpo de prensa de Casa Blanco.
Ellos no, desafortunadamente, nos la misma cortesía.
Tomó un respiro profundo y buceado al grupo.
El signo de dólar significa poco a él.
Flotador un barco.
La investigación asomó que era en el claro.
Jog A lo largo del canal.
Un poste íntegro.
Puedes aprender muchas cosas de niños.
Querer la fuerza para ir en viviente.
La lista estuvo arreglada alfabéticamente.
Los hechos son tercos, pero la estadística es más pliable.
Profanar un cementerio.
Esto es un didactically método de sonido.
El Presidente estuvo saludado con catcalls.
Qué amable de ti para ser dispuesto de vivir alguien es vida para ellos.
Una universidad residencial.
Editando un manuscrito prolijo.
Expresó su agradecimiento en nota a escasa.
Pasaron un trato sumo de dinero en el landscaping.
Tuvo problema phrasing sus interrogatorios.
Trabajadores sociales voluntarios.
Vende por datar estampado en inferior.
Cortado una cifra buena.
Una inspección rápida.
Un parque municipal.
Transpolar Rutas de aire.
En general, era todos los ladrillos justos en la muro.
El hum de tráfico distante.
El terrible Bairava.
Emergieron del bosque a una llanura abierta vasta.
Los dos niños quién era snuggled sleepily en el atrás del coche.
Nunca fui muy bien en arte.
La enfermedad le forzó para vivir un inactive vida.
Afortunadamente el tiempo era bien.
había un breakaway por el discontented miembros.
Los mendigos tendrían que ser ningún choosers.
Ella versed ella en arqueología Romana.
Cualquier terrón puede tener los hechos, pero teniendo las opiniones es una arte .
Un devious carácter.
Mummified Las ideas y las instituciones tendrían que ser cogidas librados de.
Las portadas de este libro son demasiado lejos aparte.
Startling Shocks de terremoto.
Es el decano de corresponsales extranjeros.
Desarrollamos los dirigentes para el futuro.
Un compliment es algo como un beso a través de un velo.
Cogía un recambio para su libreta.
El benighted pueblos de esta área.
Estos grupos concentran en las ciudades interiores.
El edificio era flagged para las vacaciones.
Yo no él!
Es inconveniente no para tener un teléfono en la cocina.
Argumentativo al punto de ser cantankerous.
El infielder es chasquear y echar era una moción sola.
Cuándo tomas uno de la nevera, se abre.
Un startlingly voz moderna.
Tuviste que admirar la sutileza de las distinciones dibujó.
La vejez es el puerto de todo ills.
Clientes preconditioned para comprar un producto.
Compost Orgánico debris.
Su blase indiferencia.
Como el jersey se acercó la tierra perdió control.
Era una derrota estrecha .
El uso público de cualquier sistema de música portátil es un virtualmente guaranteed indicador de tendencias sociopáticas.
La mayoría de amor de actores a zancada las juntas.
Ganador no es todo.
No todo el mundo acuerda que información warfare está limitado al reino de tradicional warfare.
Rechazó utilizar insinuación para favor de beneficio.
Está a la espera en March.
El coldness hecho nuestro respiro visible.
A pesar de que era aparentemente inundado, resuscitation estuvo cumplido por respiración artificial.
Después de un tiempo les juzgan.
Un cambio significativo en leyes de impuesto.
Sugerencias para lectura más lejana.
Estuvo devastado por su dolor cuándo su hijo murió.
La guía puesta la visita fuera a un inicio bueno.
Quienes no hablan, sabe.
El ordenado exactness del cuchillo del cirujano.
Poseo Las Vega.
Cuándo estoy ido, el boxeo será nada otra vez.
Cargo un director.
Un joyless ocasión.
El gobierno ha hecho nada para aliviar las restricciones y los fabricantes están creciendo restive.
Combustible el debate encima creacionismo.
Una consulta de varios especialistas médicos.
El habitable mundo.
Era finalmente lassoed y liberado en un matorral cercano.
El informado recurre a la astrología en la Casa Blanca ha occasioned mucho merriment.
Un puzzling declaración.
Assholes emit odious Gas.
La tela tuvo un patrón de puntos rojos en una superficie blanca.
Banda un jurado.
Tarde o temprano tienes que pagar para vuestros pecados.
Quién no confía en bastante no será confiado en.
La pieza acabó discordantly.
El plano chocado en la proximidad de Asheville.
El mimic warfare de la fase de ópera.
El frenzied el elefante era en musth.
El control de la producción de riqueza es el control de vida humana él.
Virtualmente todas las fiestas firmaron el contrato.
Louis hotel cuándo notó una mujer muy encantadora staring admiringly en él.
Endosar un proyecto nuevo.
Un bohemian estilo de vida.
Soy un optimista .
Y crecieron a números grandes y prosperó.
Qué estas necesidades de país es un buenos cinco céntimo CUALQUIER COSA!
Este coche es tan flimsily construyó!
Una lista es sólo tan fuerte como su enlace más débil.
El dueño evicted los inquilinos después de que no habían pagado el alquiler para cuatro meses.
Cogido un allover bronceado.
El precio de gasolina ha aumentado fourfold sobre el pasado dos años.
Siempre que siento gusta ejercicio, I mentira abajo hasta los pases de sensación.
Uno de ellos es mujer es.
El precio aumentó doble último año.
La legislación ahora ha sido revivida después de que diez años en la congelación profunda.
Un gesto político.
Tengo una VISIÓN!
Me gusta matar mosquitoes.
Era mugged en las calles de Nueva York anoche.
Para ser o no para ser.
El tema presente.
Un día melancólico oscuro.
Cumplimos en el té del Decano para recién llegados.
Un cambio pronto puesto un periodo a mi tranquilidad.
Y donde va después de que deja la tostadora?
Cuándo una mujer salva la vida de un hombre, es agradecido.
En vitro fertilización.
Traslado el dato.
Fueron al oeste tan pioneros con únicos las posesiones podrían llevar con ellos.
EL agua era splashing en el piso.
Era tactless para traer arriba de aquellos disagreeable.
Thirsty Para informaton.
Mantener el commandments.
Tocó sus partes íntimas.
Asumió una actitud de rendición.
Noticioso del ataque vino como un bombshell.
Un marinero común.
Rechazó mi oferta de hospitalidad.
Chris beeswaxed la mesa de cocina.
Un contrato verbal.
Todavía debo para el coche.
Imaginar si cada jueves vuestros zapatos explotaron si les ligaste la manera habitual.
Cuándo te y soy lejos aparte Puede sorrow pausa vuestro corazón tierno?
El coche de deportes pasó todos los camiones.
Cómo puede dices tal cosa?
Estuvieron cortados transversely.
Una opinión divergente.
Como el proyecto llevó encima encontró su entusiasmo shriveled.
El rey cobra es la culebra más peligrosa.
Estos libros venden como pasteles calientes.
Su nombre de calle es Bonbon.
El padre dijo una historia a su niño.
No puedo tolerar personas de su ilk.
Finalmente vendió el coche para metal de trozo.
La torre probó para ser inestable en el viento alto.
Ella impersonates Madonna.
Esto es un mito .
Sus modos varían según el tiempo.
Príncipes de la sangre real.
Mayo las Estrellas y las rayas para siempre ondulatorias.
Un geostationary satélite.
Ella winced cuándo oyó su pompous habla.
Copia que dibujo.
Su decisión tuvo deprimir consecuencias para empresariales.
Un color blanco está hecho arriba de muchos longitudes de onda diferentes de ligeros.
Estuvo hecha presidenta del club.
Su declaración era tantamount a una admisión de guilt.
Forma arriba o barco fuera.
Supremo entre músicos.
Una vez más un estudiante no recibió un punto solo en su examen.
El executioner es, oigo, muy experto, y mi cuello es muy esbelto.
Vuestra nota depende en vuestros deberes.
Cogió sólo un vistazo del significado del profesor.
Casas con temperatura regulada.
El más philharmonic la oreja es en el tiempo profundamente afectado por un aire sencillo.
Quiénes lanzan esta película bella?
El vino barato No tuvo ningún ente, ningún mellowness.
Inmune a persuasión.
Quién está encabezando este proyecto?
Banda el grifo.
Al respecto, es muy similar a COBOL.
Tienes que aprender cómo a abseil cuándo quieres hacer escalada técnica.
Un ente de precedentes.
El reportero tropezado arriba del senador.
La historia es falsa, tan lejos como puedo descubrir.
Su peón queened.
Su emoción más grande próxima está perdiendo una apuesta.
Es allende el horizonte de conocimiento presente.
Compró un perro caliente y un coque en la barra.
Lingüísticamente impaired niños.
La duda no es una afección agradable, pero la certeza es absurda.
Cómo puede tú 'Matemática Nueva' problemas con un 'Matemática Vieja' mente?
La parte peor de valor es indiscreción.
Hace un padre bueno deja un niño solo a starve?
El capital birmano.
El alumnado chanted el mismo eslogan encima y encima otra vez.
Cómo yo esto?
A veces cuándo me levanto por la mañana, siento muy extraño.
No lee esta fortuna debajo pena de ley.
Mi corte de pelo es totalmente tradicional!
Los agentes informan atrás a su authorizers.
Él escalonado a lo largo de en la nieve pesada.
El agente vendedor pounded la puerta knocker.
Un gustado mal.
Controles duales para pilotos y copilot.
Me digo qué está molestándote.
Expresado ve concordant con su fondo.
Hecho de sturdy eminently paintable madera.
Un viaje seguro.
Con una poca ingeniería genética camelpox podría ser utilizado como bioweapon.
El niño estaba en medio del crossfire, defenselessly.
Echó la manta alrededor del niño.
Nunca mirar un caballo de regalo en la boca.
Mi straitlaced Tía Anna no aprueba de mis minifaldas.
Remiss De ti no para pagar vuestras facturas.
Pocas mujeres tienen dirigió tropas en batalla.
Aquella empresa es grande porque es tan grande.
Tomando el perro.
Ellos sandbagged le para hacer cena para todo el mundo.
Eran en un estado de moción firme.
La solución tomó centenares de iteraciones.
Vimos los cerros distantes hazily.
I recelo un hombre quién dice cuando.
Los glaciares mueven tardily.
Una clase de alcalde oficioso.
El monistic la escuela consideraría ley nacional y ley internacional como una totalidad integrada.
hay siempre alguien peor fuera que tú.
Una consecución extraordinaria.
Recibimos un aviso a vacate las premisas.
El doctor continúa en sus rondas primera cosa cada mañana.
El chamán sics sorcerers en los alcoholes de mal.
Un woebegone viejo shack.
Belabor El obvio.
El pito sopló.
El alcaide siempre acomodaba en dejar visitantes en.
No puedes discutir con fallo.
Sturdy Baldas de acero.
Probó a la marca es someway aceptable.
Un estorbo público ofende el público en grande.
El asesinato ritualista de una oveja.
No puedes tener una ciencia sin medida.
hay un vasto disconnect entre opinión pública y póliza federal.
Hecho sensato de sus equivocaciones.
Sopló dinero muchísimo en su teatro de casa nuevo.
Un unworkmanlike resultado.
Una tregua precaria.
Stoneless Secó citas.
Una ciudad sometió a esporádico bombardeando redadas.
Bestow Un honor encima alguien.
Los tintes básicos tienen una afinidad para lana y seda.
Summer trae fuera de ropa brillante.
Un animado gait.
SUPE que.
De repente la junta encendió arriba como un Árbol de Navidad.
Puso su escritorio en orden.
Sueño y alimentario y el agua es entre el biogenic necesidades del organismo.
Mirando bien en su Easter traje.
Si soy sobre el cerro, por qué es no retiro nunca siendo arriba?
Even moderación ought no para ser practicado a exceso.
Era todo para naught.
El autor trata su subject penetratingly.
Si no estaremos juntos, no estamos una casualidad.
Creció geométricamente.
Lloró pensar había quedado rezagado.
Un suministro sin fondo de dinero.
Vinimos para entender el significado cierto de vida.
La llamada de deber.
Derrota vuestros enemigos.
Finalmente deja con el préstamo.
El ordenador ha supplanted la regla de deslizamiento.
Naturalmente sólo parece para carecer de el conocimiento ladled fuera de diario en institutos.
Estos gritos de cuestión fuera para una respuesta.
Los adultos mueren jóvenes.
El noticioso filtrado fuera a pesar de su clandestinidad.
Paseos de disco y las impresoras son periféricos importantes.
Despierto a los peligros de su situación.
Reprodujo la sensación de tristeza en el retrato.
El techo era groined.
Él unwittingly eliminado las remisiones.
La afección de control era inapropiada para las conclusiones deseó dibujar.
Algunos han visto Skelde, alcohol del humo, y se apellidan sorcerers.
Es porque no somos la persona implicó.
El actor olvidó su habla.
Un oracular mensaje.
Sentó fuera del juego.
El cursor emotivo escribe, y teniendo escrito, parpadea encima.
Un error venial.
Una ceremonia que conmemora Pearl Puerto.
Extraje una promesa del Decano para dos puesto nuevas.
El universitario rewired el dormitories cuando la mayoría de alumnado trajo ordenadores y conjuntos televisivos.
No te entiendo anymore.
Me di a escaso bob de acknowledgement.
Su Utopía no es tan chimeric commonwealth pero una mejora práctica en qué ya existe.
Un standby tripulación.
Fantasmas y otras entidades inmateriales.
Contaminó lagos y corrientes.
Capitalistic Métodos e incentivos.
Eres el maestro aquí, y ellos los esclavos.
El pájaro aterrizado en la rama más alta.
Una llamada telefónica distante.
Él muscled su manera a la oficina.
Los diarios del día imprimieron mucho tiempo wordy editoriales.
Trompetas calientes y torrid ritmos.
El enraged el toro adosó.
Si los banqueros pueden contar, por qué tienen ocho ventanas y sólo cuatro tellers?
Bendito son quiénes Van Alrededor en Círculos, para serán Sabidos como Ruedas.
Un efecto analgésico.
Si analizas cualquier cosa, lo destruyes.
Un ramo de vapid schoolgirls.
Un prisionero aguantó incommunicado.
Todo el mundo quiere ir a cielo, pero nadie quiere dado.
Todas las fiestas ratificaron el tratado de paz.
Una idea mala cuyo tiempo ha venido.
Aceptamos la oportunidad buoyantly.
Los hermanos venden zapatos.
Un grassroots movimiento para desarme nuclear.
Hay un orden de cosas en este universo.
Su padre nació en Atlanta.
También estuviste disparado en el fracas?
Despierta arriba y oler el café.
Tenemos que cuestionar vuestro juicio en este asunto.
Dicen que Hitler escuchó sólo a Wagner.
Importó su propio especializó ocasiones.
Un debased moneda.
Si te quieres, qué negocio es del vuestro?
Si la vida no es qué quisiste, tiene pediste cualquier cosa más?
Era un extraño arrastrando aproximación.
En winged pies.
El premio era un viaje libre a Europa.
Él deflected sus competidores.
Puso una tasación alta encima amistad.
Fosa un ajedrecista contra el campeón ruso.
Uno por uno, los Matemáticos subieron fuera de bajo el guijarral.
Para un rato mutiny parecido una probabilidad.
Una comedia musical.
Un nivel alto de biodiversidad es deseable.
Me pregunto lo que el muerto habría hecho.
El coche fue choque a través de la valla.
Afirmó que podrían escribir las especificaciones y él bien.
Eligió nerviosamente en los botones de su blusa.
No le imaginó.
Un uncommon sentido de humor.
Para lejano más maravilloso es la verdad que cualesquier artistas del pasado imaginaron!
La sala skirting la junta necesita pintar.
El uncrowned rey.
no hay ninguna vida en la luna.
El espontáneo naturalness de su manera.
Era la época dorada de cine.
Está creído para ser el diseñador principal del terrorista bombardeando ataque.
El clima era suave y conducive a vida o crecimiento.
Tratado sus padres mal.
Si tendría que parar antes de que despierto, Darme un nudge para bondad' sake.
Parecía más contenido en la muerte que él nunca habían sido en vida.
Un comité es una forma de vida con seis o más patas y ningún cerebro.
El jardín bello atrajo muchas personas.
El caudal fin del ente.
Ella heladas su cabello.
Significo Apple son buenos sabes?
El amor es el delusion que una mujer difiere de otro.
Evitaron toda actividad recreativa.
Qué a menudo tener que lo pruebas?
Está sabido a harry su personal cuándo es overworked.
Mandato una colonia.
Después de que cena, vagamos a ciudad.
El mismo número.
Por qué un hombre querría una mujer es un misterio grande a algunas personas.
La cara dulce de un niño.
Dónde no hay ninguna emoción, no hay ningún motivo para violencia.
Tuvo un olor grosero.
Una causas de gen brevedad y las otras causas longness.
Las ballenas rompieron.
Ellos behaved aristocratically.
Nuestra casa pasada bajo su control oficial.
Un igneous atmósfera de desierto.
Hojas temblorosas de un árbol de chopo.
Un prefectural museo.
Sirvió la iglesia.
Una poca experiencia a menudo trastorna teoría muchísima.
Convertir todas las medidas a unidades métricas.
Más está tomado en por esperanza que por astuto.
Creció arriba con él en unselfconscious amistad.
Luchó para respiro.
Planifiqué un examen para esta tarde.
Le siguió en su wanderings y le vigiló.
Está explicado que todas las relaciones requieren un poco dar y tomar.
Compartió suyo coger con el otros.
La puerta era ajar.
Estuvieron reducidos a mendicancy.
Agitó su bufanda en él bannerlike.
El papel desacreditó el político con su comentario malo.
Una ciencia tiene que ser repeatable, él lo pruebas.
Nunca fue uno para mantener un perfil bajo.
Muchos más pase de semanas.
Esta situación creó el interior dialéctico de historia americana.
En su pasado misterioso abarca todo el dim orígenes de vida.
Reductible a un conjunto de principios de carácter humana.
Dibujaron parcelas para él.
Tuvo una cinta negra en las artes marciales.
Mi marido no cocina.
La estancia puesta en la esquina aquí!
El plangent minoría.
El anuncio está pretendido a tease los clientes.
Un día caí la caja por todas partes el piso.
Un oldline senador.
Un poblamiento Romano extenso en al noroeste Inglaterra.
Anular la fiesta de cena.
Algo cobarde e ignoble en su actitud.
Él professed inocencia pero más tarde admitió su guilt.
Russ Lo hizo atrás a Bugtown antes de que murió.
Sopló su nariz ruidosamente.
Corrido con decente folk y vuestros instintos decentes propios serán fortalecidos.
Sirvió en el teatro de Vietnam para tres años.
No piensa altamente de su escritura.
Su belleza era como un ser caballar bello montado por un mono salvaje.
El moratón resultado de un contusion.
El coral es un organismo colonial .
La luz atacó el collar dorado.
Moderación en todas las cosas.
En el último minuto el gobierno cambió las reglas.
Un errorless juego de béisbol.
El enfermero deprisa desnudó la víctima de accidente.
El problema grande con pornografía está definiéndolo.
Era luridly descrito en el libro como el sitio donde mystics se refugió.
Plantado su sumo bulk plaza antes de su enemigo.
Nota certificada AAA carne.
Me molesté su withholding permiso.
Una decisión sensata.
Maraña sus deseos con wailful sonetos.
Turno la harina a un plato.
Un eclipse total.
Las calles eran planked.
Sus respuestas deprisa diversas incertidumbre indicada.
Un zany sentido de humor.
Los barcos españoles tuvieron velocidad superior y weatherliness.
La póliza no es a intermingle el dos.
Un downright respuesta.
Los deportes y la obra son actividades extracurriculares populares .
Cortado una entrada.
Siempre quedó a la espera de la estación de aguacate.
Es trifling con su.
Viajó atrás y adelante entre Los Ángeles y Nueva York.
Y obra en su código hasta que diez después de que tres.
Cuándo los hechos son en contra te, discutir la ley.
Papá nixed nuestros planes.
Empezó el espectáculo de deslizamiento con algunos comentarios introductorios.
Un unsavory escándalo.
Un vecino vino a Nasrudin, pidiendo para tomar prestado su burro.
Este diccionario puede ser leído por el ordenador.
Duerme alrededor.
Siempre necesitando amigos y dinero.
Chagrined En las ventas pobres de su libro.
Un reputable científico.
Podría hacer muchas cosas si complació.
Bloque un nervio.
Podría difícilmente vacío un scuttle de cenizas, tan handless era la criatura pobre.
En todos los ejércitos allí eran agentes quién necesitó probar su bravery por combate solo.
Mecánica cuántica relativista.
hay no manera mejor de ejercitar la imaginación que el estudio de ley.
Ellos sighted tierra en la viga portuaria.
Oído que el Transbordador espacial próximo está supuesto para llevar varios Guernsey vacas?
Su voz profunda boomed a través de la sala.
Debian Ha descubierto este bug hace dos años y fijado lo.
Tomó el ordenador en orden a pawning lo.
Una madre protectora.
Deprecatory Comentarios sobre el libro.
Les gustaría tomar lo encima otra vez.
Los rayos estelares prueban fibbing nunca pagas.
Sentía una tirantez alarmante en su cofre.
Careciendo de en stamina.
El presidente ya no tiene el apoyo de su fiesta propia.
Obra en un unsystematic manera.
El punto medio en una línea.
Más lluvia cayó.
El amor es transitorio pero es eterno.
Las notas elementales.
El descuido no fue imputable a él.
Aspectos de sociales, políticos, y vida económica.
Inscrito alrededor de su base es un encanto en Balinese.
El profesor escolar medio contrastó la obra de su estudiante mejor con aquel de su estudiante más débil.
Mi coche viejo backfires todo el tiempo.
El resto aseguró, cogerás vuestro dinero vale, espectáculo más Sumo, en cielo, infierno o tierra!
Algunos economistas son disdainful de sus colegas en otras disciplinas sociales.
Esto científicamente está interesando.
Esto me doy esperanza suma para la raza humana.
Ideas translatable a realidad.
La razón asumida para su ausencia.
Su manera de pensar es reconcilable con mina.
Quien no malgasta no pasa necesidades.
El más control, el más aquello requiere control.
La máquina de guerra.
Crema la mantequilla.
Algodón a algo.
Las personas no pueden ser hechas para integrar sólo por pasar una ley!
Cogía su brazo roto en la trifulca.
Para ser es para hacer.
El hombre joven stooped para elegir arriba del monedero de la chica.
Mi NARIZ es NUMB!
Estás vengado mil cuatrocientos y cuarenta tiempo un día.
Un pliant carácter.
El clattery sonido de platos.
Cosmético fenders en coches.
Qué quiere consistir en?
Su sunglasses reflejado su imagen.
Bebo para hacer otras personas que interesan.
La corte funda divestiture para ser necesario en impedir un monopolio.
Valedictory Elogio para su uniformemente manly curso.
La idea judaica de justicia.
Un caso típico de arteritis.
Aquel banco aguanta la hipoteca en mi casa.
Si no, reniega ruidosamente que estás siendo secuestró.
Temió los peligros de ambulantes por aire.
Un gory daga.
Las cosas más importantes, cada persona tiene que hacer para él.
Plegando con un ordenador no tomó ningún tiempo en absoluto.
Había un techo en salarios.
La herencia era equitably dividido entre las hermanas.
Succión el útero en un aborto.
La lucha perpetua para mantener niveles en una democracia.
Cualquier programar cuál corre bien es obsoleto.
Es reputed para ser inteligente.
Los animales diurnos son activos durante el día.
Es muerte legalmente atando?
Mi mujer tuvo gemelos ayer!
Otras mujeres cloy Los apetitos alimentan, pero hace famélica Donde la mayoría satisface.
No podría controlar la multitud enloquecida.
Su potestad es más allá excepción.
Salva gasista, no come grano.
Mis padres fueron a Niagara Caídas y todo cogía era este crummy vida.
El coste en vida humana era enorme.
Comprometieron en una discusión.
Empezó la sopa mientras era todavía caliente.
La artillería battered abajo los defensas.
Un ruinous guerra.
Cuándo lo squalls, un prudent arrecifes de marinero sus aspas.
Era débilmente atraído a ella.
Templado en su comiendo y bebiendo.
La actriz no revelará qué vieja es.
El auditor estuvo requerido para producir sus papeles laborables.
Y todavía, todavía, cuándo el maíz cumple tragedia frente a frente, tenemos política.
Aplicar un campo magnético aquí.
Le forzó para tomar un trabajo en la ciudad.
Un gourmet quién piensa de las calorías es como un tart que carices en su reloj.
Engraved El trofeo cupt con el ganador es.
El autocar tuvo un diseño en las puertas.
Corrió afoul de la ley.
Los anuncios me indujimos para comprar un VCR.
Ha mucho para chutar aproximadamente.
El muy centro de ciudad.
Leído el anuncio.
Mussolini se apellidó Il Duce.
El en cosa para hacer.
Un hombre joven seguro para coger adelante.
Todos los hombres son iguales antes de la ley.
Le aceptamos encima fe.
Sentía emociones nuevas emerger.
Le dije, bastante untruthfully, que acabé de regresar de dejar.
Era indisposed.
Declaramos los nombres de todas las variables y funciones.
Los sueldos de índices del gobierno y precios.
Reinventó música africana para oyentes americanos.
El capital búlgaro es Sofía .
La prensa savaged el Presidente nuevo.
Construyeron un fuego en la boca de la cueva.
El barrio es étnicamente diverso.
En acción, ser prudente de vuestro cronometrando.
Aguantó la criatura en sus armas.
Nuestra tierra bendita.
Puede me acomodo con un coche de alquiler?
El estado de inocencia contiene los gérmenes de todo pecado futuro.
Un oro de maquinar excavadora.
Hizo una menta en el mercado de valores.
Brash immodest Presumiendo.
Criando mascota las anguilas eléctricas está obteniendo popularidad actual muchísima.
Conduciendo su reno a través del cielo, no está debajo cuándo vuelan por!
Su informe era lleno de etceteras.
El Kalashnikov cultura en Afganistán.
Negociaciones delicadas con los poderes grandes.
Vierte mezcla caliente a una cacerola plana.
La carácter cierta de celos.
Qué I realmente quiere hacer es ser un agente vendedor de zapato.
Delgado la solución.
Aquellos son dos nombres para la misma cosa.
Las personas concernieron tener un déficit en memoria verbal.
El país es un económico backwater.
Estuvo en el atrás de la fase.
El hikers no dirigió para penetrar el bosque denso.
Andaban a lo largo de la playa despacio y deliciously.
Práctica sexo seguro.
Un bueno firme ballplayer.
Un fierily opinionated libro.
Tienes no enemigos reales.
Dos capas de las armas aguantadas trimestrales.
Un coro hembra.
El tiempo colgó pesado en sus manos.
Ventajas intangibles como buenos .
Un adjuvant disciplina a formas de misticismo.
Una rabia de chillar.
Queda uno de los secretos de la carácter.
Desgarró su izquierdo trouser en la valla.
Vida en el Aran las islas siempre ha sido bleak y difíciles.
Corrió bofetada a su.
Nuestros antepasados reunieron tuercas en la Caída.
Nunca sentir gustar la vida era un juego y tuviste el libro de instrucción incorrecto?
El conglomerado adquirió una empresa nueva.
Los electrones orbitan el núcleo.
Un creepy historia.
Coger una carga encima.
No dará una pulgada, pero no dirá núm.
Haul Huesos de la cantera en un camión.
Sprinkle El césped.
No puedes creer este hombre.
Licuado petroleum gas.
Justice ha sido servido, y dentro de poco te y vuestros amigos serán, también.
Criar el espectro de paro.
Etherify Un alcohol.
No quiero saber.
Una universidad es lo que una universidad acaece cuándo la facultad pierde interés en estudiantes.
Deja para equivocaciones.
Lago Erie muerto para vuestros pecados.
Ordenó una segunda ronda.
Salvar el mundo para convencional warfare.
Madera con un grano fino.
Luchado para mantener la unión intacta.
Porque sabemos que podríamos batir arriba de su ciudad en cualquier momento.
El Levantine costa.
Si caes y romper vuestras patas, no viene corriendo a mí.
Estuvo resolute contra el enemigo.
Una nación multilingüe.
Hizo sus deseos explícitos.
Él interceded en la disputa familiar.
El bosque de lluvia era literalmente steaming.
Esta tierra estuvo resuelta por alemanes.
Aquella cuestión tendría que ser tomada fuera y disparó.
Series de piano tenso.
Lashed El scurrying caballos.
Cariz alrededor para ver si puedes encontrar el documento desaparecido.
Estuvo concedido inmunidad de procesamiento.
Capa el ente.
Al principio enrojecer la oferta parecía atractiva.
se echó en la piedad de la corte.
Para uso recreativo sólo.
Un peculiarly fenómeno francés.
Ordinate Partes similares.
Venido un poco más pronto, si puedes.
El parturient útero.
Pidió para ver el ejecutivo quién manejó su cuenta.
Un coloide sensible es fácilmente coagulated.
Consciencia durante wakefulness en un sane la persona es bastante bien ordenado y familiar.
El condicionante de aire volaba aire frío en nosotros.
Un corazón ligero.
No podría coger el colgar de él.
El tratamiento en el balneario vitalized el hombre viejo.
El shrieking del mindless viento.
Un asintiendo saluda con la cabeza.
Te leíste fuerte y claro!
La accesión a tales demandas pondría un precedente peligroso.
Trata su mujer anterior civilmente.
El inmigrante estuvo engañado porque confió en todo el mundo.
Una esquina cuadrada.
Los estudios dirigieron en vivo.
Varios casos importantes transpired última semana.
Es incluso dos veces tan lejos a la esquina y ellos han añadido un cerro.
Alcohólico expatriates en París.
Los hombres tienen tan exagerados una idea de sus derechos como mujeres tienen de sus injusticias.
Te haré más corto por la jefa.
Ella postured e hizo un total fool de ella.
El Sumo australiano Bight.
Parón arriba de la filtración.
El fuego era uno de nuestros antepasados' primeros descubrimientos.
Su respuesta no fue incluso en el derecho ballpark.
Hombres quién cherish para mujeres el respeto más alto es raramente popular con ellos.
Últimas palabras famosas.
Finalmente tuvo que dar en.
La nota metálica extraña de la alondra de prado, sugiriendo el enfrentamiento de hojas vibrantes.
Una chispa de decencia.
Un gambler la emoción más grande está ganando una apuesta.
Ventaja de marca a oro.
Andado con un paso desenfadado.
En Hollywood, todos los matrimonios son felices.
Chronically Personas enfermas.
Estos mamíferos predate huevos seguros.
Trae fortuna buena.
Un árbol de pera prolífico.
Womanly Virtudes de gentleness y compasión.
Rampa arriba seguridad en los aeropuertos.
Antes de que podría pato, otro hueso le atacó.
El barco todavía está flotando.
Los candidatos hablaron en círculos.
Su vestido ordenado.
Una cara scarred por ansia.
Picor intenso y en llamas.
Odió tener sus planes ordenados trastornados.
Las familias de ambos socios en un matrimonio mixto a menudo desaprueba.
Nunca prueba para una afección de error no sabes cómo para manejar.
Las gerente loconocen tiene que ser bueno porque los programadores loodian tanto.
Un poder broker quién te un favor te esperará para regresarlo.
El matrimonio de música y baile.
Habló con blithe ignorancia de la situación cierta.
Un yeso de mostaza es calefacient.
Estuvo sacudido de sus sueños.
Acantilados riddled con cuevas.
El Rey decretó que todo firstborn los machos tendrían que ser matados.
Podría nunca replicate su actuación brillante del truco mágico.
Un bouffant falda.
Oí aproximadamente él sólo de segunda mano o thirdhand.
La huelga se mantuvo con la fila de unión y lima.
Alimony Es la maldición de las clases de escritura.
El gato lloraba.
El cielo parecía a llama en el ocaso hawaiiano.
Reloj para él en todas partes.
Lo giras alrededor, y entonces finalmente cae.
Tienes que esperar en una línea larga en el checkout contador.
Andado con un marcado cojea.
Tocado encima él tangentially.
Un rachitic paciente.
No genera ingresos.
Un rico throaty voz.
Seguro lenses es bicylindrical.
El político famoso intentaba salvar ambos sus caras.
Las cartas eran cara arriba.
Apareció en persona.
El bowstring era twanging.
Limpio las algo de la manta.
Dices que vamos alrededor del sol.
Otro super rascacielos.
Es un delito para cometer suicidio.
Antes del examen médico, tienes que rápidamente.
Nunca el domingo.
Ansió el tacto de su mano.
Intento de razas de la familiaridad.
El plano fue a un banco empinado.
De todas las formas de precaución, la precaución enamorada es el más fatal.
El abogado fielded todas las cuestiones de la prensa.
No me censurarás a través de terrorismo de bug.
Un fogbound flota.
El alquiler pagable por adelantado constituye un annuity por adelantado para el dueño.
Fluoridize Los dientes de niños.
La ausencia hace el corazón va vaga.
Buscaban un alck agujero.
Los inmigrantes hablaron un dialecto extraño de inglés.
Un frail oficio.
Tiene total retirar del episodio.
Utilizó sus contactos empresariales para coger una introducción al gobernador.
Eran sparring toda la noche.
Nosotros todos tienen coches individuales.
Obró despicably.
Este hongo normalmente vegetates enérgicamente.
La prueba crítica.
Un untapped keg.
Turno la cifra sideward.
Las semillas precisamente adaptadas al área.
La sensación más suma?
Una estela fría.
Ganso el coche.
Hablado encima y encima ad infinitum.
Bajo la ley islámica allí es ninguna separación de iglesia y estatal.
Cuándo vieron qué las cosas iban todo el mundo saltado en el bandwagon.
Pero ellos también reídos en Bozo el Payaso.
La lepra es un indolent enfermedad contagiosa.
La vista de su mujer le trajo atrás a realidad.
Es importante de mantener las extremidades animan.
Está entrenando para la olimpiada.
Conquistar un país.
Complacer probar otro.
Es este escaño tomado?
Y en el octavo día, nosotros bulldozed lo.
Su alcohol ascendió.
Exprimieron dinero del dueño del negocio por amenazante le.
Los padres de ciudad probaron vainly para encontrar una solución.
Vasto unpopulated llanuras.
Latas y botes reintegrables.
Cuadró sus hombros.
Los críticos vinieron abajo duros en el juego nuevo.
Tomó conducir lecciones.
Si eres una persona decente , no me venderás otro libro.
Inspissate El alquitrán de modo que acaece tono .
Tienes que confiar en vuestra intuición humana.
Cobró un control en el banco.
Coger la bola!
Una obra de remisión estándar.
Suplente ligeramente, pierde vista del mundo, Obrando a la ligera, pierde control de él.
Una sonrisa feliz.
Era seriamente enfermo.
Era Bernhardt último aspecto en América.
Un saline sustancia.
Una tertulia que acaecía rambunctious y fuera de mano.
Stared Duro en el acusado.
Me llamo sólo si vuestro frío empeora.
La caracterización de los medios de comunicación de Al Gore como nerd.
Una distancia larga.
La lengua es un virus de otro planeta.
Pensé yo una vez, pero era mal.
Todas las fortunas serán reconocidas.
Ella relaced sus botas.
Considerado tal depravity ofensiva en contra todas las leyes de humanidad.
El niño creció rápidamente.
Una operación de multinacional.
La sopa era spicily sazonó.
Después de la riña ellos lapsed a un silencio infeliz.
Uno no es nato una mujer, uno acaece uno .
Para caso dicen el ascensor y nosotros dicen impulso.
Vienes aquí a menudo?
Los hidróxidos del alkali los metales son fuertemente alcalinos.
Esto no es una oferta para vender seguridades.
También gauche para dejar la sala cuándo la conversación acaecía íntima.
El pitching y tossing era bastante apasionante.
Los amores de actor musculares a Rollerblade.
Él experimented en una raza particular de ratas blancas.
Mi intención cambió una vez le vi.
Informatizaron la industria automovilística.
Todavía buscando los resultados magníficos de mi misspent juventud.
Un otherwise situación desesperada.
Nuestros fondos están agotados.
Corriendo en el hielo es inadvisable.
Los impuestos impuestos.
Un personal, experiential realidad.
Quod erat demonstrandum.
Si uno estudia demasiado zealously, uno fácilmente pierde sus pantalones.
Limpio vuestro fingernails antes de que cena.
Tiene círculos oscuros bajo sus ojos.
Un movimiento unitario en políticas.
La industria farmacéutica.
Observó las culebras tan podría describir su comportamiento.
Una actitud indulgente.
Corrió a seguridad.
Engorgement Del seno.
Sus pantalones tuvieron un agudos arrugar y podrías ver vuestro reflejo en su shoeshine.
A Perl, o no a Perl, aquello es el kvetching.
Requerimos nuestro secretario para ser puntualmente.
EL alma de honor.
Risa y las risas mundiales contigo, snore y duermes sólo.
Estuvimos visitar en almuerzo por un bevy de entusiasmó patos.
El juez admitió el newsworthiness de la prueba.
A veces escogemos la generalización.
Estuvo pretendida para acaecer el director.
Oscuro subfusc ropa.
Chocamos sobre las pólizas de parque nuevas.
Es más fácil de escribir un incorrect programa que entender un correcto un.
Tossed Un cigarrillo vivo fuera de la ventana.
Una disminución en la demanda eficaz.
Los casos de repente tomaron un turno incómodo.
Quedó a la espera de su iniciación como un adulto.
Su cabello era en un frizz.
Una casa oscurecida.
Tomó el paso inicial hacia reconciliación.
La intensidad ligera absorbida.
Un pavo embutido.
Algunos maridos son prueba viviente que una mujer puede tomar un chiste.
La economía depende aproximadamente tanto en los economistas como los tiempos hace en meteorólogos.
Me tomo bebido, soy en casa otra vez!
Había un peligro haría la cosa incorrecta.
Conjunct Moción de una escala ascendente.
El equipo era crushingly vencido.
Las casas hubieron mucho ornamentales ironwork.
Nadie quiere crítica constructiva.
Debido al escándalo la escuela ha caído a disrepute.
Un turno feliz de frase.
Localizar las fronteras de la hacienda.
Slapstick Moda de humor.
Después de tomar la droga, John vio doble.
Obraron irrationally.
Los niños que son traídos arriba en un entorno enteramente profano.
Santificar el matrimonio.
Un hombre Mede es el persa de otro hombre.
El patter de ratones.
Mortificaba para conocer había oído cada palabra.
Algunos para siempre no para mejores Algunos han ido y algunos quedan.
Me di un cariz serio.
El árbol determina el borde de la hacienda.
Había memorizado el muchos minutiae del código legal.
El ostentatious manera de viviente del rico incendia la aversión del pobre.
El concierto era mayoritariamente Mozart.
Hambre para afecto.
La civilización es divertida!
Su manera es más segura estos días.
El desierto libio.
Nosotros brunch en domingos.
Una mirada fugaz.
Los sueldos de pecado es muerte.
Una empresa aquello ha sido corrido behindhand para años.
En cahoots con.
Los feministas sólo quieren la raza humana para ser un lazo.
Arrecife la palo del velero.
La educación británica es probablemente el mejor en el mundo, si lo puedes sobrevivir.
Vivieron en la sección pobre de ciudad.
El amor es una enfermedad mental grave .
Ciencia y pseudociencia tanto excitar aquella sensación.
Cantaron un himno de alabar a Dios.
Ambos aquellas cosas suenan bastante buenas a mí.
El profesor despistado proverbial.
Siempre escojo el pez sobre los cursos de carne en este restaurante.
La rebelión es sencillamente un aparato utilizado por el inmaduro de esconder de sus problemas propios.
El almidón gelatinized cuándo estuvo calentado.
Un heraldo escogido para su sonorous voz.
Como del próximo martes, C será flushed a favor de COBOL.
Los pollos son VALE pero no les podemos hacer la obra junta todavía.
Anduvimos en vez de conducir.
Un diamante defectuoso.
Sangre de su frente de corte.
Un ruidoso cafeteria.
Bloque un músculo.
Cuánto esta paga de certificado de los ahorros anualmente?
Con todo aquel humo allí tiene que ser un fuego a algún lugar.
Di voz a mis sensaciones.
Una revista orientada hacia personas jóvenes.
Cuándo Roger Maris powered cuatro carreras de casa en un juego su sobrecogimiento de méritos de la actuación.
Los niños prometieron no a pelea más.
Caja aplazada nunca mañana qué puedes evitar todo junto.
Una vida de lujo y facilidad.
Si llueve mucho más, podemos esperar algunos inundando.
Hinchado tumid carne.
Dos valencia compartida los electrones que forman un vínculo entre núcleos adyacentes.
Le Afrontó puffed arriba de las drogas.
Todo palabras piadosas y uncharitable acciones.
Miraba fuera de la ventana, daydreaming.
Fue querido para su blithe alcohol.
Pero quién entre nosotros ha tal suerte?
Un concreto y datable pasando.
Las bebidas de madre en cada palabra de su hijo en la fase.
Cinco es una aproximación suficientemente cercana a infinidad.
Yea De la mesa de mi memoria secaré fuera todos récords cariñosos triviales.
El clon era una copia de su antepasado.
Finalmente se rompió de fumar cigarrillos.
El lawgiver, de todos los seres, la mayoría debe la lealtad de ley.
Dar la poca señora una mano grande suma.
Él lifted el rifle a su hombro y disparó.
El enemigo ofreció poca resistencia.
Un parcialmente obstruyó passageway.
Las imágenes están proyectadas a la pantalla.
El campo de Ejército probó los tanques nuevos.
La ventana golpeó cerrada.
Una estrella brillante con un compañero telescópico.
Tienda til te gota.
Era un blonde bombshell.
Empapó el aguafuerte en un baño de ácido.
Pursuant A nuestro acuerdo.
Cada lengua expresa el Yin y Yang de software.
Una carrera de premiar como paramedic.
Me ayudé encontrar expresión verbal para mis ideas.
Un bony shad fillet.
Delincuente en la vista de Dios y hombre.
Un descentralizado y localized potestad política.
La suerte del irlandés.
Este pasaje tiene que ser tocado andante.
Una inclinación de su jefa indicó su acuerdo.
Un acuerdo internacional.
Un niño mimado.
Nunca pierde peso porque ella bocados entre comidas.
Un flashy red.
El escritor de la letra anónima poseyó arriba después de que identificaron su letra.
Efectivamente, pidió su para dinero otra vez.
No dormiré aquí esta noche.
Nunca hizo muy obra porque heredó dinero muchísimo.
Sappy kindling Madera.
Somos sin incidentes fuera de allí.
se anquilosó por lo contradecir y siendo inconsistent.
Paseo fuera de la tormenta.
Dijo el chiste deadpan.
Los socios eran encantados con el reconocimiento de su obra.
Las heridas y las úlceras pueden granular.
El Czar estuvo derrocado.
Qué gloriosamente feliz había sido durante aquellos pocos momentos fugaces de tiempo.
La gravedad es inversely proporcional a la plaza de la distancia.
Strangulation Del intestino.
Un encuadre de sitio de sterling flatware.
Un conjunto completo de porcelana.
Young unos hacen.
El reticulate veta de una hoja.
Una cantidad sabida.
Reclamo IMPUNIDAD!
Los soldados marched a través del borde.
Inició un programa de licenciado para alumnado de mujeres.
Tocaron una actuación en New Jersey.
Estuvimos dar el uso de su bote.
Acres de nivelar farmland.
Una frase de prisión ejemplar.
Un lejano de Navidad pacífica.
El ordenador vino arriba.
La mayoría de sus clientas loprefiere.
No tenemos que.
La textura es importante.
La postración del comandante desmoralizó sus hombres.
El enmascaró hombres ghosted a través del moonlit patio.
Esta sala no es diseñada para obra.
Aquello era una idea de satisfacer a Escargot.
El éxito es algo vestiré para cuándo cojo allí, y no hasta que.
Un sitio de potency en el estado.
Contiene no ingredientes o colores artificiales.
Paga una obligación.
Escribir un recursivo macro?
Echó el libro aparte.
Los miembros nuevos son urgentemente necesitados en la Sociedad para Prevención de Crueldad a Tú.
Un sinvergüenza en la ruta.
Supe su nombre perfectamente bien pero tuve un bloque provisional.
La algo más protegida podría encontrar.
Ellos reenacted la batalla de Princeton.
Un instrumento romo.
Cuántos surrealistas toma a tornillo en un lightbulb?
Agua de inmersión fuera de un envase.
Para actores, memorizando las líneas es ningún juego .
Una marcha agotador.
Worldly Bienes y adelanto.
Cogí promovido después de que muchos años de trabajo duro.
Mayo todos vuestros Empujones ser Reventados.
El agrestic comportamiento de un chico de país.
Mucha bebida de personas del bote incorrecto a veces.
Su racionalidad puede haber sido impaired.
Estuvo complacido por la reacción de la audiencia a su actuación.
Vi Lassie.
Puesto los barcos a comisión.
Las líneas paralelas nunca cumplen, a no ser que doblas uno o ambos de ellos.
Padeció peor de todo.
Arriba en el noticioso.
El orden social establecido.
El director movió más responsabilidades a su ayudante nuevo.
Qué si había escrito esta pieza con letras, como canción para ser cantada?
La tienda tuvo que reorder el CD popular varios tiempo.
Un alimentador de ladrido.
Por qué esperas él de una máquina que los humanos han construido?
Trabajado duro todo el día.
Los suministros son abajo.
Pez de harina o carne antes de freírlo.
Las tramas son como girdles.
Si no huele todavía, es bastante fresco.
Pero no lo consideraría.
Recibido fallando notas.
El bote ido a la deriva en el lago.
Corren cosas por el libro alrededor aquí.
Un delantal mantiene su ropa unstained.
Una fuerza impulsiva.
El punto de parar de cada ronda era signaled por un timbre.
hay siempre tres o más en un elemento dado.
Las historias y las reclamaciones nacieron fuera por la evidencia.
Una contradicción cuadrada.
El parishioners habló en lenguas.
El humo de cigarro curled arriba en el techo.
Pusieron encima dos actuaciones todos los días.
La ceremonia de oler el corcho y probando el vino.
Agrietó sus nudillos restlessly.
Algunas rosas todavía florecían.
Leía a ella y meramente subvocalized.
Los amigos del chico estuvieron dejados para dormir encima después de la fiesta de cumpleaños.
Capaz de nadar.
La explosión de los petardos despertó los niños.
Uno a tornillo en la bombilla y cuatro para compartir la experiencia.
Tener que I poste?
Un altavoz seguro.
Un homeless vagabundo.
La diversión viva implica intérpretes de hecho en la presencia física de una audiencia viva.
Esta letra está siendo circulada entre la facultad.
Eran cansados y famished para alimentarios y sueño.
Administrar un oath.
Empleados de cambio entre ramas de la empresa.
Somatogenic Teorías de esquizofrenia.
Nosotros herded los niños a una aula de sobra.
Su apoyo hizo una diferencia real.
Sanity Es la marca de una mente débil.
se mantuvo a base de el otro lado de la calle de mí.
Los ciudadanos locales.
La lana tiene más ente que rayon.
Era una póliza de retribution.
La idea de unas apelaciones de vacaciones a mí.
Yo sólo significado para ayudarte.
Une en el juego nuevo aquello está barriendo el país.
Persiguió muchas actividades.
Un caveat archivado contra el probate de una voluntad.
Un loveless niñez.
Astrological gibberish, El cual significa astrología generalmente, tiene ningún sitio en un diario, gobierno solo dejado.
No totalmente abstinent pero abstemio.
Un corazón malo.
Habló con una lengua gruesa.
Un grizzled hombre con un beaklike nariz.
Miraba en mí como si era un plato de lado no había ordenado.
Tan tarde tan ayer era bien.
El país desarrollado a un muy superpower.
Las religiones Orientales.
Su historia fundiría vuestro bosom.
Él splayed sus manos enormes sobre la mesa.
El carved fretwork.
Cómo mira?
Un slick respuesta evasiva.
El glaring sol.
Una cosa del alcohol.
Cómo deletreas esta palabra?
Su cara era tan dura como hueso.
Cogía una entrada para acelerar.
En sol directo.
Fue en otro lugar.
Memoria a escasa.
Evidentemente bemused por sus cuestiones.
Las inversiones recientes cederán un beneficio leve.
Tomó su paseo de mañana consuetudinario.
Smother Un bostezo.
Un solicitation al rey para alivio.
Su pitcher era un southpaw.
Qué estas necesidades de país es un buenos cinco níquel de céntimo.
Cogió su hijo que come caramelo.
Un importante overhal del healthcare el sistema estuvo propuesto.
Tan denso nunca entiende cualquier cosa digo a él.
Ocupa la puesto de gerente.
Su vida acortada era claramente el resultado de fumar.
Comida similar en precios similares.
Wilson y W.
No puedo interrelacionar estos dos casos.
Él pounced en el alimentario hungrily.
Es una grieta disparó.
Cuándo era un chico estuve dicho que cualquiera podría acaecer Presidente.
Un niño brimming encima con curiosidad.
Hay cosas peores en vida que muerte.
Ilustrar un libro con dibujos.
Alegó podría agua subterránea divina.
Un camión pesado.
En vez de amoroso vuestros enemigos, tratar vuestros amigos un poco mejores.
Mantenido un reloj cercano en gastos.
Mejora cada cual brillando hora, Cómo ordenado extiende la cera!
Cuándo llegó, el Maestro era en ninguna parte para ser encontrado.
El barco desarrolló una lista a starboard.
Una aplicación novel de electrónicas a diagnosis médica.
Luces de cola están utilizadas en algunos países extranjeros para señalar turnos.
Estoy corregido.
Su cargo era entregar un mensaje.
Equipamiento profesional para su oficina nueva.
La película de Allen de Woody nueva ha no salir todavía.
Mirado su cifra leve cruza la calle.
Serie el envase.
Día perfecto para scrubbing el piso y otras cosas apasionantes.
El juego acabado en un sorteo.
Esta pieza no cabida al rompecabezas.
Ella chanced a un libro interesante en la librería el otro día.
Un murky mazmorra.
El piso es levantamiento despacio.
Podría cantar todo de Gilbert y Sullivan.
Materiales de docencia útil.
Un secretario eficaz.
Es más fácil de cambiar la especificación a cabido el programa que viceversa.
No utilizado a una ciudad y preocupado sobre cosas pequeñas.
El acuchilló los precios atrajeron compradores.
Volvimos el dinero después de que acechamos para demandar la empresa.
Algo inusual hoy.
Tienes que vindicate tú y luchar esto calumnia.
Corrió una campaña negativa.
Un día tormentoso.
Un witty el refrán prueba nada, pero refrán algo pointless coge la atención de las personas.
Un cabal de conspirators, cada cual más elusivo que el archterrorist.
Los temas intemporales de amor y venganza.
Invitamos los vecinos en para una taza de café.
Estuve cogido en tráfico y perdió la reunión.
Primero tienes que aprender el fundamentals.
Trajo un agudo rejoinder del profesor.
Subió la ladera empinada.
El cumpleaños de esta ciudad está siendo celebrado centennially.
Un sonido distante.
Qué es vuestra función en el equipo?
Estuvo administrado la droga orally.
El calor fundió la cera.
El bountiful tierra.
El doctor ejercicio regular recomendable.
Pasó que un fuego rompió fuera de backstage en un teatro.
Un saludo cordial.
Ambos lados tienen que dar arriba algunas reclamaciones en estas negociaciones.
Aceptar vuestro wakefulness y el sueño en su manera contraria propia es más probablemente para venir.
Su interés en mariposas le absorbe completamente.
Sky watchers descubierto una estrella nueva.
Sus carices buenos atraen el stares de muchos hombres.
El ruido inundado fuera de su habla.
El gymnasts rodado y saltó.
Él stared gloweringly en esta mañana titulares.
Un vívido recollection.
El fabulous endurance de un corredor de maratón.
Un estorbo común.
Los miembros de club respectivos.
Los Demócratas todavía tienen algunas cartas para tocar antes de que admitirán la victoria electoral.
Después de skipped comida los hombres eran vacíos por suppertime.
Alguien tampered con los documentos en mi escritorio.
Malgasté un año de mi vida que obra en un abortar.
Cayó corto de nuestras expectativas.
Pasó la parón entera en su escaño.
La llamada británica un ferrocarril liga un sleeper.
La fiesta real.
Dirigido los empleados en un distantes magisterial manera.
Foolhardy Bastante para probar para coger la pistola del hijacker.
Anduvo alrededor de dizzily.
El shock era unprepared.
El sofocando de todos disienten.
El profesor saludado con la cabeza cuándo el estudiante dio la respuesta derecha.
Un club privado.
Un takedown cuentas dos puntos.
Su persistencia y la ambición sólo empareja que de sus padres.
Te escribe una letra amenazante y bolígrafo una respuesta desafiante.
Él absented él.
Ha congeed con el Rey.
Deseo un robot cogería presidente elegido.
Aparece que el tiempo en California es muy malo.
Impulso su ego.
Un creciente monotonic función.
Este harks atrás a un comentario anterior de su.
El deadheads en la nómina tendría que ser aliviada fuera tan rápidamente tan posible.
Coge uno es respiro .
Empieza con la visión para ir.
Movió onward al bosque.
Tomó satisfacción perversa en foiling sus planes.
El espía envió la información clasificada fuera a Rusia.
Lloró su merchandise en la plaza de lonja.
El dios estuvo satisfecho con su obra propia, y aquello es fatal.
Su ente era coffined.
Después de que graduación, se quedó encima en Cambridge como asesor estudiantil.
Mis entrevistas con adolescentes revelaron un debilitamiento de vínculos religiosos.
Después de que unos cuantos momentos, los efectos de la droga chutada en.
Cerradura la bici a la valla.
Incluso en risa el corazón es sorrowful.
La recuperación del bosque después del fuego era sorprendentemente rápido.
El juego de béisbol estuvo anulado debido al wateriness del outfield.
Un notional respuesta a la cuestión.
Al final de la marcha, yo pooped fuera.
Te tienes logged en últimamente?
Barrio una manzana.
Estas palabras significan nada a mí!
Tuvieron problema de trabajo.
Los arqueros dibujaban sus lazos.
Mordió fuera más de mi mente podría masticar, Ducha o suicidio, qué hago?
Una conexión telefónica mala.
Comprar el negatives en cualquier precio.
Pero no hay ninguna certeza.
La causa inmediata del problema.
Día fino para obrar de energía sobrante.
Blend Hasta liso.
Parpadea fuera lágrimas.
Tiene revelaste tanto que estás empezando para evitar personas?
Hubimos mucho tiempo anticipó su cadaverous fin.
Cerveza de bebidas del chico.
Su vida siguió un curso vagabundo.
Aprende para hablar puro inglés undefiled.
La química está aplicada teología .
Todos los ordenadores estuvieron enlazados juntos.
No podemos continuar sin vuestro apoyo.
El lucent luna.
El experimento demostró el instability del compuesto.
La imposibilidad nunca tendría que ser confundida con improbability.
Un jerkwater universidad.
El barco mecer.
Una palabra al sensato es bastante.
Nuestro dirigente sumo es no más.
Una garantía de ayudar cuándo necesitado.
Era tingling con placer.
Podría ver el techo de la boca del oso.
Es un comerciante de piso .
El contrato estipula las citas de los pagos.
Un sweltering sala.
Miraba rearward fuera de la ventana del coche.
Recogimos encima un millón de dólares en deudas excepcionales.
Trinchera los vegetales.
Mayo un Misguided el ornitorrinco pone sus Huevos en vuestro Jockey Shorts.
Las fortunas rotas de la familia.
El piano era jarringly fuera de tonada.
Someday te Entenderá mis acciones.
Tragó un fishbone y amordazó.
Va sobre el mundo en una manera segura.
Transdermal scopolamine Suele trata moción sickness.
Una cantidad segura de oposición es una ayuda, no un hindrance.
Ríos traverse el piso de valle.
Pez con reputedly carne venenosa.
Quiero mi sala propia.
Overstay U outstay uno es bienvenido.
Qué uso es palabras que conduce no al corazón?
Casi nada en Perl sirve un propósito solo.
Las celdas segmented.
Ninguna leche cualquier cosa queda.
Cuándo dejas, toma alguien contigo.
Una cafetería de moda.
Respeto su juicio.
Algo aquello pasa una vez en la luna azul casi nunca pasa.
Falsificar una reclamación.
Un cambio repentino en el tiempo.
Peregrinos lapidate una pilar de hueso en conmemoración de la tentación de Abraham.
Eran igualmente bellos.
En B menor plano.
Si vale hacer, vale hacer para dinero.
Si nuestro comportamiento es estricto, no necesitamos divertidos!
Pero para hablar en contra es locura .
El porcentaje de la ventaja en nuestra agua de beber es inaceptablemente alto.
El numbing efecto de dolor.
Después de vuestro amante te ha ido todavía tendrá MANTEQUILLA de CACAHUETE!
Un elicited respuesta.
Un berserk el trabajador que rompe ventanas.
Una decisión arbitraria.
El tipo más fuerte, complacer.
Él fagotted la blusa para su mujer.
El oxígeno es un fuego extremo hazard.
la última persona para dejar Míchigan complace resultar las luces?
Sientes personalmente responsable para la escasez alimentaria mundial?
Estuvo criticado rotundamente.
El ejército de enemigo vino más cercano y más cercano.
No podríamos ver sobre las jefas de las personas delante.
Así que soy feo.
Lustroso auburn cabello.
Hace un labrador bueno desatiende una cosecha ha plantado?
El unadulterated verdad.
Le encanta Sigmund, quién es prudente no para hacer cualquier poultry chistes.
El toolshed es en el atrás.
Pensar antes de que obras.
Noche buena para pasar con familiar, pero evitar riñas con el amante nuevo de vuestro compañero.
Queremos construir una sociedad democrática, pero tenemos que obrar pragmáticamente.
Un pecado privado no es tan prejudicial en el mundo como público indecency.
Nosotros quaffed un parachoques de ale.
Nuestros niños comparten un amor de música.
Tuvo sensaciones terribles de guilt.
Grave bodily daño.
Un blando silvern voz.
Después de la cirugía, podría mover sus armas painlessly.
Vi un hombre que persigue el Horizonte, 'Ronda y ronda aceleraron.
te preocupas para ver las ruinas de mis intenciones buenas?
Las tropas estuvieron en atención.
Sin evidencia más lejana su historia tiene que quedar incierta.
El informó hallazgos.
Pincel fuera las migas.
Vio la luna como un reluciente dime en una alfombra de terciopelo azul profunda.
Sleazy Los caracteres que cuelgan alrededor de casinos.
El sumo auk.
Necesidad ayuda extra.
Un unplanned economía.
El jugador de fútbol headbutted su oponent y estuvo enviado del campo.
Osa para vestir de manera diferente del otros.
Qué te aquejas que continúas discutir?
La vida no empieza en el momento de concepción o el momento de nacimiento.
Balsa el Río de Colorado.
En orden prescrito.
Carga pickup es un servicio terminal.
El experimento cedió resultados robustos.
Ella winked en él.
Bitt La línea de barco.
Raring Para ir.
Era immensely más importante al proyecto como científico que como un administrador.
Sanitation Es el defensa mejor en contra enfermedad.
Carousing Bandas de drunken soldados.
Fugitivos del sweatshops.
El cocodrilo era crawling a lo largo del riverbed.
La manera única de corregir esto es para reescribir el programa.
Los tiempos de ventaja para muchas publicaciones pueden variar tremendamente.
Obrado abajo en la parque.
Dios de juego de mosto de hombre para él ha adquirido seguro godlike poderes.
Cualesquier dos filósofos pueden decir cada cual otro todo saben en dos horas.
Un overflowing cuba.
Bien unas injusticias hechas a las víctimas del Holocausto.
La ocultación más sencilla es para emparejar perfectamente el color del fondo.
Programadores viejos nunca dado, ellos sólo rama a una alocución nueva.
Ruega a Dios, pero mantener remando a orilla.
El dorado calf.
Un untapped arce de azúcar.
Los poderes Aliados.
Un estremecimiento involuntario.
Si la rojez o el hinchamiento desarrollan, consulta physician promptly.
Angel Martin me digo compras información.
Los requesones friables formaron en el estómago.
Él jotted una nota en el margen.
Disparé una flecha en al aire, y enganchó.
La necesidad hace maestros.
Sus juegos son underperformed, a pesar de que son muy buenos.
El gamecocks era sparring.
El prima donna unbalances la obra lisa en nuestro departamento.
Rió uncontrollably.
Si quieres ser un éxito tienes que vestido como un éxito.
Cayó enferma último viernes, y ahora es en el hospital.
Nosotros patronize esta tienda.
Era stoutly respondiendo a sus críticos.
Un recrudescence de los síntomas.
Estas gamas de pistola encima dos millas.
Rompió a slivers.
Medidas de ropa para husky chicos.
Un físico es un átomo manera de saber sobre átomos.
Con la cruz de Jesus marching encima antes de que.
La responsabilidad es cuándo alguien te puede culpar si algo va mal.
Sometido a crueldad indignante.
Rickety limbs Y juntas.
Portada la tumba con flores.
Una cuerda estanca.
Un hombre de distrustful carácter.
Un whacking mentira.
La balda superior.
Cuándo la gestión es demasiado intrusa, los usuarios pierden su alcohol.
Un solitario ungregarious persona.
Venido conmigo al Casbah.
Admirando el esbelto smoothness de sus muslos.
Toda la evidencia respecto del universo no ha sido todavía recogido, tan hay esperanza quieta.
La tasa de quiebra en el examen de barra es discouragingly alto.
Vino a un fin malo.
Discrepa con su marido encima muchas cuestiones.
Si los hechos no cabidos la teoría, cambio los hechos.
Una capacidad extraordinaria para obra.
Pensamos para regresar temprano que noche.
El sulfurous la atmósfera que precede un thunderstorm.
Psychopharmacologists Descubierto que amina reuptake es un proceso que inactivates monoamine neurotransmisors.
La historia fue alrededor en la oficina.
Implícitamente asume que sabes la respuesta.
Vive en superior westside Manhattan.
Esperó huéspedes para ser puntuales en comidas.
Escribió un textbook en los efectos eléctricos de transposición.
Pueblos teutónicos como alemanes y escandinavos y británicos.
A raíz del blowout perdimos todas las luces.
Un fool y su miel es pronto separó.
El perro de reloj le dio una sensación de seguridad.
Cogido el trabajo a través de sheer persistencia.
Las hojas aproximadas crecen juntas pero no es unido.
Habló autorizadamente.
El profesor abstrusely razonó las teorías estuvieron malgastadas en su alumnado.
La audiencia quedó sentada.
Hidrogenación de uso de productores alimentaria para mantener grasa de acaecer rancio.
Nunca acostarse loco.
Un aspecto personal es un aspecto por una persona en la carne.
El dios no es muerto.
Aquel secreto has sido guarding, no es.
Chuleta un agujero en la tierra.
Las cosas son más gusta utilizaron para ser que son ahora.
Atado para pasar.
El perturbó libros y papeles en su escritorio.
Trae fuera de la verdad.
Su undying fama.
La casa era sustancialmente construyó.
El aviso era a beware de sorpresas.
La última vez vi París.
Pulverized El azúcar está preparado de azúcar granulado por moler.
Un endangered especie.
Aprendizaje de lengua eficaz es una sociedad entre escolar, profesor y estudiante.
Humano triploid los fetos son normalmente espontáneamente abortó.
Una audiencia apática.
Recibido un hefty bonificación.
Un nonracial razón para el reto perentorio del juror.
Ha sido tocando encima Broadway para años.
El mendigo era disgustingly filthy.
Después de que descubrió tuvo sida dibujó arriba de un viviendo .
Prometo mi honor.
Chasqueó indignantly.
Practicó su drumming varias horas todos los días.
Un hombre viejo enérgico quién pasó a medias de su día en horseback.
Un niño difícil.
La oferta limitó a residentes de los Estados Unidos contiguos.
Antes de cada escena corrió abajo su lista de control de props.
El genio es diez inspiración de porcentaje y cincuenta por ciento beneficios capitales.
Marchado a un inicio caliente.
Imprimido papel reciclado encima.
Necesitamos liderazgo decisivo.
El congreso tendrá poder de proporcionar para llamar adelante la milicia.
La prensa era inquisitorial al punto de antagonismo.
Un crawl era todo que el hombre herido podría dirigir.
El cable es gauged.
Prisioneros en cadenas.
Sonrió en términos generales.
Detroit es Cleveland sin el glitter.
Las ciudades grandes eran notoriamente en las manos de la oligarquía de local businessmen.
El informe asoma una carencia sorprendente de duro factual dato.
Una casa construida de hewn registros.
Sala y junta.
Si un riesgo es en el noticioso, entonces es probablemente no el valor que se preocupa aproximadamente.
El rutinario pero ceremonias indispensables de estatales.
Los vegetales miraban unpalatably wilted.
La empresa giró una pérdida después del primer año.
Ella clawed el doorknob.
Su florecer se apagaba.
Sofisticado joven socialites.
Un circumpolar estrella.
Ella uncrossed sus patas.
Haphazardly Arreglado interlobular septa.
Calor radiated de la caja de metal.
Un paroxismo de giggling.
Bofetada alguna pintura a la muro.
Todos los usuarios solitarios, por qué toma tan mucho tiempo?
Nocturnally Pájaro activo.
Estuve en el borde principal, El litoral oriental en mis pies.
Mantenido un urbane tono en sus letras.
Estos dos moscas de fruta son homozygous para color de ojo rojo.
Una línea de las personas esperanzadoras de obtener entradas.
No contestaría tan indefinido una propuesta.
La forma estuvo tratada como algo intrínseco, como el muy esencia de la cosa.
Era una atracción larga pero lo hicimos.
Es que realmente TÚ aquello está leyendo este?
Una voz de tenor rica.
Cayó enamorada con su estudiante anterior.
Podrías tener correo.
Engrave El bolígrafo con el nombre del dueño.
Badminton y otros juegos exteriores.
Un ichorous descarga.
Toma un marido listo para tener la última palabra y no utilizarlo.
Alegó que la evidencia en contra le era una planta.
La política no es el arte del posible.
Meteorologically Afecciones malas.
Tan absorbente como esponja.
El sonido constante de goteo le irritó.
El espacio de piso del laboratorio.
El granito overlies las rocas más viejas.
Un onshore vendaval.
Una cofre de cajones todo tachó debajo.
No podría encubrir su hostilidad.
Su cara acaecía fascinatingly distorsionó.
Prudente de sus sensaciones.
El único foothold dejado para las tropas británicas en Europa era Gibraltar.
Una reprensión suave.
Algo unnerving y prisonlike sobre muro gris alta.
Un infertile par.
La admisión es gratis, complacer paga en la puerta.
El Singaporean calle principal.
El río espumó.
Habían planeado descarrilar los trenes que llevó residuos atómicos.
Qué acaece tiene duración.
Temieron uso del virus de viruela como bioweapon.
Quoth El cuervo, nevermore!
Los fines de semana estuvieron hechos para programar.
Por eso rechazo escribir esta función.
Un refreshing inoffensive stimulant.
Mira nada como su padre.
El más rápido I va, el behinder cojo.
Un chorionic villus es un minuto proyección vascular en el corion fetal.
Cuándo la marea entró era un maroon allí.
Placer exquisito sentido.
Cortinas el mismo color como las muro.
No podrías aparcar anywhere cercano el sitio.
Ninguna excusa para poner fuera obra.
Totalmente negamos las alegaciones, y estamos intentando identificar el allegators.
Reunir los miembros familiares cercanos.
Estuvo sorprendido para descubrir que las cartas verdes son ya no verdes.
Un atento suitor.
Eligió su manera cuidadosamente.
se refugió en lying.
Movió weightily.
Un hombre de granito.
Hoy en día insiste encima lo.
Una ola de conservadurismo en el país dirigido por el derecho duro.
Nos di la cruz doble vieja.
Si el dinero no puede comprar felicidad, adivino sólo lo tendrás que alquilar.
Mendel Probó crossbreeding.
Diversificar vuestra carpeta financiera a riesgos de precio del seto.
Nosotros telexed la información a nuestra empresa de hermana.
Escenas sexuales gráficas.
Un dolor agudo.
Le recordó sólo hazily.
El caballo estuvo domesticado un tiempo largo hace.
Sus respuestas han retrasado con edad.
Wharf La boca del río.
Nadie respondió.
Un cuchillo agudizado corta más cleanly.
El repique de destrozar de artillería.
Shone Entre las mediocridades quién le rodeó.
Ninguna máscara podría encubrir su ignorancia.
El altavoz refuted las riñas de su adversario.
La pintura brighten la sala.
Veneno alguien es mente .
Confió en su claro steadiness que haría qué dijo.
Un bastante pava de peces.
Tinea corporis Es un fungal infección del nonhairy partes de la piel.
Unas parones de camión de la ropa sucia por cada semana.
Yo importune te para ayudarles.
Ponce de Leon descubrió Florida mientras buscando la Fuente de Juventud.
Nunca vi cualquiera pegado con su cara.
La obra no es hasta el nivel requiero.
Era trimly attired.
Hojas de otoño colorido.
Una periodo de cadena, elemento un gancho.
El boletín semanal contiene muchos predictors de actuación de fondo mutualista.
La salud y el vigor desaparecerán como el rocío antes del sol.
Lexicographers drudge Todo el día mucho tiempo.
La inquietud del viento.
Hablé a su por distancia larga.
Carreras Únicas futuristas en una generación próxima supercomputer.
Clogged Arriba de autopistas.
El chico mirado arriba de truculently en su profesor.
Obré en una salud tienda alimentaria una vez.
Una pena arbitraria.
La clonación es la forma más sincera de flattery.
El pacific templa busca para resolver disputas en tierras de justicia más que a la fuerza.
Irritar las glándulas de una hoja.
Una inferencia válida.
El nays lo tiene.
El equipo tocó duro.
Un poco de pelusa.
Un youthful y paseo elástico.
Un unfriendly acción para tomar.
El estableció hechos en el caso.
La enmienda de Senado original era el acuerdo de conferencia en la factura.
Temo que podría coger agresivo.
Filas de barbed el cable protegió las trincheras.
Está en libertad bajo fianza.
El pitcher se retiró tres batters.
Imagina que Cray el ordenador decide hacer un ordenador personal.
Sentía puro y golosina como criatura nueva.
Una cosa que no es dado.
El hombre mediano todavía tiene la camisa de gimnasio llevó en instituto.
Expresiones de buenos .
Una forma llenó fuera incompletamente.
Un esfuerzo unido.
A err es X ventanas.
Un número negativo.
Mi hermano más joven a menudo tagged a lo largo de cuándo salí con mis amigos.
Muchas excursiones de verano a la orilla.
Pero el instinto puede ser luchado.
Conozco te mantienes divertido, Pero siento yo estoy siendo utilizó.
Un gay sala soleada.
Aquellos sneakers es squeakers.
Grapa los papeles juntos.
Esto es ahora.
Tuvo el olor de traición.
Un persnickety profesor escolar.
Y sólo lo Tienes que mirar.
Dio un warmhearted bienvenido al desconocido.
La Luna era bastante brillante para leer por.
Ha sido capaz de vivir cómodamente desde su marido murió.
La revolución resultada en una redistribución de riqueza.
Evita personas tranquilas y pasivas, a no ser que eres en necesidad de sueño.
Su matronly cifra.
La idea teatral de disfraz es siempre asociado con catástrofe en sus historias.
Tendría escaso llegado antes de que habría encontrado alguna excusa para dejar.
La libertad nueva en películas y novelas.
Nosotros todos viven en un estado de pobreza ambiciosa.
Deflate El colchón de aire.
Planta un pensado en el alumnado' mentes.
Estuve tocado por vuestra letra amable de compasión.
Él overextended él cuando aceptó la tarea adicional.
El nadador está chutando dejado un despertar detrás le.
Por qué es Lucas electrónica más probablemente para filtrar que decir Bosch?
Su modestia le distingue de su peers.
Colorize Negro y película blanca.
Un teatro llenado.
Enrojeció guiltily como habló.
Tienes una personalidad magnética inusual.
El humo hace todas las cosas obra eléctrica.
El vuelo estuvo retrasado debido a problema con el avión.
La ciudad única de cualquier medida en aquella área.
Por qué queremos las terminales inteligentes cuándo allí son tantos usuarios estúpidos?
Anguillan Comida de mar specialties.
Los impuestos es un arrastrar en la economía.
Entre robo magnífico y un coste legal, allí sólo está un grado de ley.
Siempre sigue el más tardío fads.
Una mirada alicaída.
La carretera a fama.
Medio de amor teniendo que decir que sientes cada cinco minutos.
Su voz cayó a un murmullo.
Políticamente organizó unidades.
El amor nunca está pidiendo por qué?
De hecho, normalmente repiten palabra por palabra qué no tendrías que haber dicho.
Agua trickled al césped de la manguera rota.
Limitaciones encima la cobertura y los remedios aplican.
Los padres tuvieron el niño bautizó.
Resolviendo un marcador.
Puedes no mend un wristwatch mientras cayendo de un avión.
Adolece una tendencia para hablar demasiado.
Las tiendas están ofreciendo specials en suéters esta semana.
El diario publicó el noticioso del divorcio del par real.
Nestled cozily Por el fuego.
La parón siendo una criatura !
Su mujer, siempre palely apelando.
El reactor atómico utilizó un gasista coolant.
Su analfabetismo le hizo unemployable.
Tratado timbers resiste podredumbre.
Un hedonic emoción.
El subject hecho para labored lectura.
No sé su nombre, así que lo llamaré el Tao de Programar.
Estuvo parpadear en el sol brillante.
Chilló histéricamente cuándo oyó el noticioso.
Tiene un postdoc.
Quiere reconstruir el texto original.
La civilización depende no en cualquier conocimiento particular, pero en el talante a crave conocimiento.
Luchó una batalla para reconocimiento.
Un businessman es un híbrido de un bailarín y una calculadora.
Embutió su ropa sucia a un bolso grande.
Asumió a él el derecho de llenar todas las puesto en la ciudad.
Ha tenido su pijama encima para dos, quizás tres días ahora.
La madre quién aguantó su criatura era cooing suavemente.
El plantando del maíz es trabajo duro .
Puesto estas palabras a música.
Los editores del papel spew fuera de prendas hostiles sobre el Candidato a la presidencia.
Si estás aburrido, tengo algunos chores para ti.
Siempre lleva una sonrisa.
Todo el mundo rueda con sus dedos cruzaron.
La nube única en el horizonte era la posibilidad de disentir por el francés.
Lo dirigió con poquísimo dinero.
Fácilmente mistakable señales.
El defacto substandard.
Los críticos le alabaron effusively.
Bienvenido atrás, mis amigos, al espectáculo que nunca fines!
A la última medida de humano endurance.
Uno complexiones familiares una muro, dos familias logozan.
La adquisición de riqueza.
Nadie es legalmente dejado para lo anquilosar.
Lo atesoraré siempre.
Esperado hasta el último minuto.
Él looped el reloj a través de su cinta.
Entonces el teléfono rang.
Tomaron fuera de un nonbearing muro.
Obra obsequiously hacia su jefe.
Todas las fiestas son bienvenidas.
Un niño macho.
Los instrumentos variaron de tuba a platillos.
La trama desarrolló despacio.
Esta civilización suma estuvo propagada durante la tierra.
Un reticulated sistema de carretera.
Un typographical error.
Dime Es dinero.
Él spruced arriba para la fiesta.
Pagamos la carga.
Como blanco como nieve fresca.
Tuvo una habla muy clara patrón.
Conseguí estas herramientas para fijar nuestro aplomando.
Una sonrisa contentada.
Shaggy untrimmed Cerraduras.
El papillae de la lengua.
Juego esto uno por el libro.
Tocó tío a alumnado solitario.
El niño está dicho para ser connaturalmente colocado para aprender lengua.
Microondas frizz vuestro heredero.
Las bebidas de marido y bate su mujer.
Mi estas komputilisto.
Un frisson de sorprender disparado a través de él.
Percibe formas tactually.
Había un traste sencillo en la copa de las muro.
En el primer pase, instala perl.
El fusible sopló.
Una estrella de tiroteo centelleada y estuvo ido.
Su libro perdido.
Afortunadamente esto no es difícil.
Su motivo real.
Los disturbios salieron de mano.
Es cronológicamente más viejo.
Sus mejillas enrojecieron en el aire de invierno frío.
Recuperar el coche del garaje de aparcamiento.
Entregado le su pristine pañuelo blanco.
El martillo repentino de puños le cogió fuera guardia.
Un upscale barrio.
Un ropey actuación.
Pobre pobre lastimoso me.
Pone un paso de castigar.
Si eres qué comes, adivino aquello me hago un queso danish.
Wreathe El sitio grave.
El más pronto nuestra felicidad junta empieza, el más largo lo durará.
Este rompecabezas ejercitará vuestra mente.
Una nota de B minus.
Escala el oro.
Mantuvo encontrar excusas para quedarse.
Elegir abrir el hielo.
Trato bastante con uno otro.
El peppy y charla interesante.
Uno no es superior meramente porque uno ve el mundo como odious.
Un viento de morder.
La novia veiled trailed a lo largo de la tierra.
Topologists Es plano justo folks.
Complexión una reputación.
Frota óleo a su piel.
Ella divested ella de su ropa exterior.
Un indistinct memoria.
Deja cosas para venir e ir.
Sus rosas eran bellezas .
No dignificaré este comentario insensible con una respuesta.
Organically Yodo atado.
Un humane educación.
Trabajadores sociales sobrecargados.
Un cuchillo sharpener.
Le di un listo salute.
Los goles de los negociadores no fueron recíprocamente exclusivos.
Una trama nacida muerta para asesinar el Presidente.
Un olor penetrante.
Está duro por las pistas de ferrocarril.
Un unsettled estilo de vida.
EL agua formó pocas cuentas.
Dios muerte interpuesta.
Dejado para obrar mucho tiempo hace.
El Magi provino lejos.
El noticioso electrified nos.
Trabajando duro mineros de carbón en el negros deeps.
Su poca hermana vino a lo largo de a las películas.
Cogía un trato bueno en su coche.
Un resultado probable.
Un sidecar es una bebida lisa pero tiene un chut poderoso.
Mantuvimos a las afecciones originales del contrato.
La parón que busca para siempre.
Cogía un recambio de su receta.
Les envié mis felicitaciones sinceras en su matrimonio.
El gatito era weaned y alimentado por su dueño con un bote.
Produjo una resurrección de esperanza.
Un cielo lleno de estrellas.
Calles choked con tráfico.
Es merchandising conjuntos telefónicos.
El jugador juggled la bola.
Muchos los procesos mentales admiten de ser aproximadamente midió.
Sano unconstricted arterias.
No aclarar sobre qué está esperado de nosotros.
El país entero worshipped le.
Bajo la jefa de poetas Romanos menores.
El hielo es agua en el estado sólido.
Le informé de sus derechos.
Un pene flácido.
El estudio estuvo criticado para incompletud de los datos pero él estimularon búsqueda más lejana.
Sus trotes noveles fuera de una heredera rica.
Contención de red es un método probado de parar una epidemia de viruela.
La bruja cackled madly.
A pesar de que discrepé con él podría seguir el tenor de su riña.
Estas cosas befell.
Obramos a través de un ejemplo.
Esta historia es bien paragraphed.
Una ola enorme.
El sentry quedado en su caja para evitar el frío.
Un barco de hundimiento No reúne ningún musgo.
El waistband había perdido su chasquear.
El tráfico adelantado en un crawl.
Una oferta generosa de asistencia.
Era el niño de cartel para distrofia muscular.
Spastic La parálisis es un spastic forma de cerebral palsy.
Ellos todo era whopping bebido.
La felicidad es un disco duro .
Estuvo estigmatizada por sociedad porque tuvo un niño fuera de wedlock.
Estuvo en el izquierdo.
Era una celebridad de béisbol .
Llamada en enfermo.
Young importa untrained en el hábito de concentración.
Una alocución ficticia.
Ha sido relegated a un poste en Siberia.
Era Agassi turno para servir.
Nosotros shuttered la ventana para mantener la casa fresca.
El cordón es todo torció.
Conspiraron para derrocar el gobierno.
Un órgano ocular.
Extrañamente incurious sobre la causa del político upheaval rodeándoles.
Cuándo doy la palabra, cargo!
Si esto es una economía de servicio , por qué es el servicio tan malo?
Un tejido ligero.
Incluso si no le les gustó él tendría que haber sido civil.
Qué es el yardage de este golf curso?
Vestidos de verano fresco.
Alrededor del rock el ragged rascal corrió.
Luego el doctor examinó su atrás.
Bebido con emoción.
Ambas chicas son bastante.
Una carretera tortuosa arriba de la montaña.
Un tuberous raíz.
Una obra rara, hoy casi inaccesible.
El cuidado había envejecido le.
La gramática preceptiva está concernida con normas de o reglas para uso correcto.
Chicas quiénes se echan en hombres, de hecho está tomando objetivo muy prudente.
Fated Para ser la escena de Kennedy assassination.
Las respuestas eran en el atrás del libro.
Había sido unpleasantly sorprendió.
El General de Cirujano ha determinado que el cigarrillo que fuma es peligroso a vuestra salud.
La almohada era overstuffed.
Hizo algunos avances sexuales en la mujer en su oficina y groped le repetidamente.
Un vector positivamente dirigido.
Un improbable caso.
Solicitó una cita en el treasury.
Una corriente veloz.
Ye No puede servir Dios y Mammon.
El número de riñas es sin importancia a no ser que algunos de ellos son correctos.
En como un dimwit, fuera como una luz.
Echa fuera propietario y licencias de sitio, y no habrá cualquier pirateando.
Una pausa incómoda siguió su comentario.
El dedo versátil de un búho puede mover backward y adelante.
Las personas que obran bajo la influencia de carácter humana.
Su segundo homer con Bob Allison a bordo.
Este autor escribe pretentiously.
Lleno de lengua tan vulgar lo tendría que haber sido editado.
Un pájaro con plumaje vívido.
Cuándo charla de científicos médicos sobre vectores normalmente están hablando sobre insectos.
Estuvo rechazado unceremoniously.
El cronometrando y el control de sus movimientos era unimpaired.
Una palabra tomada literalmente.
Los riesgos y beneficios de un adventuresome economía.
Construyeron un triumphal arco para conmemorar su victoria.
Cuándo todo más falla, prueba Kate Smith.
El compromiso del clutch.
Luego a enterrar huesos, la cosa un perro goza mosts está tropezando joggers.
Parches raros de verdes en el desierto.
Un cuchillo bueno es uno bueno para tajante.
Estuvimos sorprender por la extravagancia de su descripción.
El Baltic repúblicas.
Estos carices de método a significativos wavings.
La audiencia pidió el conferenciante para complacer habla arriba.
Visitó varios países europeos.
Estos escarabajos de rock enormes sobre el borde de la ciudad.
No la sutura hasta vuestra obra ha sido inspeccionada.
Aquella factura de impuesto tuvo el senador fingerprints por todas partes lo.
Sólo no lo puedo tomar anymore.
Marching En unison.
Una vida ocupada.
La búsqueda de amor.
El noticioso de la rendición de la ciudad chilled los soldados.
Giré mi acondicionador de aire al revés, y cogía frío fuera.
Un cambio de disparar ocurrido en un reconnaissance misión.
Murciélago la bola.
Un salto exitoso de universitario a las ligas importantes.
El winged pies de Mercury.
El barco finalmente ported.
Un politic gerente.
Coge thee de ahí!
Even Dios deja una mano a sincero boldness.
Mantiene en paso con las modas.
Una área apelmazadamente poblada.
Las señoras promenaded a lo largo de la playa.
Madres laborables acosadas.
Su corazón palpitated.
El cerebro está dicho para ser el escaño de razón.
Las dos rutas divergen aquí.
Tanto llorando.
Barry McQueen fallado para caminar de espaldas a través del Menai el puente que toca las gaitas.
Dio su falda una sacudida enérgica.
Una noche de superar oscuridad.
Su comportamiento provocó una pelea entre el par.
no hay ninguna manera fuera de otro que la evasión de fuego.
La huelga durada más de un mes antes de que estuvo resuelto.
La criatura está durmiendo soundly.
El científico republished sus resultados después de que hizo algunas correcciones.
El adulterio es tan reprehensible para un marido en cuanto a una mujer.
Es vexing para tener que admitir eres mal.
Corriendo en tramo lleno.
Un partible propiedad.
Dubious Aproximadamente apalabrando va.
Es potty sobre su.
La empresa nos necesito ambos.
Un coccoid microorganismo.
EL habla crowned la reunión.
Esta decoloración qualitatively sugiere que la sustancia es abajo en hierro inorgánico.
Estuvieron pedidos a rededicate ellos a su país.
Los empleados tienen que lavar manos antes de regresar para obrar.
Mirado enfermo y sentía incluso peor.
Un historiador notable.
Osa él quién hizo la marca de cordero thee?
Adolecía fatiga de museo.
Capacidad de pasarela limitada.
Casi undetectable con incluso los instrumentos más delicados.
Sabes la Universidad de Iowa cerró abajo después de que alguien robó el libro?
Gozó recordar su padre.
Beware De un hombre rubio alto con uno zapato negro.
Esta estufa limpia fácilmente.
Montañas volcánicas truncadas.
El camión vertió la basura en la calle.
Un bountied animal pelt.
Pero Agente, paré para el último un, y era verde!
El comité recomendado, inter alia, que él ser promovido.
Ella shrugged con indiferencia.
De aquel tiempo adelante.
Algunos días despiertas e inmediatamente empieza preocuparse.
Trabajadores desempleados marched en el capital.
Muchos campings estuvieron localizados cercanos el flowage.
Sólo una vez gustaría ser mejor.
Plantas de varios tipos distintos.
Actividades interiores para un día lluvioso.
Cuándo compromisos de marca de las gerente, programas de juego están ignorados.
El burglars le atracó de todo su dinero.
Criar un barn.
Contestó malapropos.
El prejuicio es terrible, en el sentido que cometes las injusticias y tú hacen equivocaciones serias.
Paseo el juego.
No tuvo las tripas para probarlo.
Una residencia de imponer.
Tuck El tejido.
Un filar eyepiece.
Un vino quieto.
Unos palos de rock solos fuera del acantilado.
Eres bienvenido de unirnos.
Cerró fines de semana y vacaciones.
Era la Ley del Mar, dijeron.
Puedes no compartmentalize vuestra vida así!
Complexión un defensa encima nada pero la reputación de la persona acusada.
El regionally diferenció resultados.
No perturba.
Tuviste que asomar vuestro ID para entrar.
