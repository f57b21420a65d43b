Enamorado, ella quién da su retrato promete el original.
Tengo un jardín de rock.
Dejaré ir, y dejado me tomo dónde él .
Ninguna anchoa a no ser que otherwise especificó.
El dinero es un poderoso afrodisíaco.
Si continuamente tedas continuamente tendrá.
Tipo justo en vuestro favorito pithy refrán.
Un CONS es un objeto qué cuidados.
Si una cosa vale hacer, vale hacer mal.
Utilizaron técnicas de criminología.
Osar sus terrores mortíferos clasp?
Gozar vuestra sesión!
La historia ha mucho para decir encima siguiendo los procedimientos apropiados.
Tendríamos que ser felices estamos viviendo en el tiempo que somos.
Bueno noticioso es la manera de la vida justa de mantenerte fuera saldo.
Vuestro paso tierra muchos países.
Una manera para parar un runaway el caballo es para apostar encima le.
Para acusar otros para uno es desgracias propias es un signo de querer de educación.
Un Fortran el compilador es el hobgoblin de pequeño minis.
Las personas responden a personas quiénes responden.
Pausa para almacenamiento relocation.
Si no completamente satisfecho, regreso para reembolso lleno de precio de compra.
Ejecutar cada ley de thy vida como si era thy último.
Les dice te ha ya invitó esta persona para cumplirles.
hay no fool al viejo fool.
Es vuestros vasos mended con una tira de enmascarar derecho de cinta sobre vuestra nariz?
Hay nada tan fácil pero que acaece difícil cuándo tú él a regañadientes.
Por qué no salir en un limb?
Esto requirió una entrevista con el oso.
Fui para despertarles arriba yo.
El fútbol combina las dos características peores de vida americana.
Personas de marca de los accidentes.
Un morsel de la historia genuina es una cosa tan raro como para ser siempre valioso.
Cinco bicicletas hacen un volkswagen, siete marca un camión.
Tact Es el arte de hacer un punto sin hacer un enemigo.
Creo que nunca oiré Un poema más precioso que cerveza.
Discute con self.
Pasa cada seis meses o tan.
Y si tengo que risa, bien, pienso de mi vida de sexo.
Tomó mis ayudantes varios años de hombre del centenar para construir.
Cada cual de nosotros aguanta su Infierno propio.
Nunca hace bastante qué quiero Pero sólo qué I lo dice.
El pollo Poco sólo tiene que ser derecho una vez.
Todo el mundo sabe que te realmente hacer.
Las rupturas de tierra y el entrails de una cabra era fundar ligado en nudos cuadrados.
Neil Armstrong tropezó.
Cuándo sales al mundo, reloj para tráfico, manos de control, y enganchar junto.
Te quieres para firmar los papeles.
Quizás no hay ningún fin.
Dammit Jim, soy un actor , no un doctor.
En días más tempranos, las vírgenes eran a menudo seleccionadas a volcanes de prueba de la beta.
Realmente ahora, no incluso hacen a espejos buenos les gustan ellos utilizó a.
hay siempre alternativas.
Nunca aplazado hasta que mañana qué puedes hacer hoy.
Profesores de química nunca dado, sólo fallan para reaccionar.
En mi fin es mi comienzo .
La guerra es gusta amor, siempre encuentra una manera.
Abofeteé mi tono en el escritorio y saludó con la cabeza gravemente.
Prentice Serie de Software de la sala.
Llevan estándares blancos sweatsocks.
La fuerza productiva más suma es egoísmo humano .
Pronostico que hoy será recordado hasta que mañana!
El más cambio de cosas, el más se quedan dementes.
Apoyo la Chica Scouts!
Ahora cada Tom, Dick y Harry cogerán embarazadas.
Por cierto, TODOS proyectos de software están hechos por iterativos prototyping.
Y este crufty rima.
Inventó las notas del acantilado.
El amor no puede ser mucho más joven que la lujuria para asesinato.
Dónde él todos acaban?
Provengo una ciudad pequeña cuya población nunca cambió.
Si no es, no hay ninguna causa para adjournment.
La democracia es bien.
En caso de ataque atómico, todos obran las reglas serán temporalmente suspendió.
Él quién vive sin la locura es menos sensato que cree.
Humpty Dumpty Estuvo pulsado.
Las jefas remontan, arriba, arriba, y diez mil pingüinos caen encima suavemente a sus espaldas.
Mentiras de gobierno, y mentira de diarios, pero en una democracia son mentiras diferentes .
Qué es álgebra, exactamente?
Sólo parece uno.
Nuestra energía sencillamente prevalecería.
Una bebida blanda turneth fuera empresa.
Todo el mundo fuera del GRUPO GENÉTICO!
Somos encima ATACA todavía?
Tranquillity La Manera No toma ninguna acción, pero deja nada deshecho.
Obedecer todas leyes de tráfico.
Tú haber mucho tiempo y vida sana.
Eres en un maze de UUCP conexiones, todo igualmente.
Operaciones de pensó es requiere caballos frescos, y sólo tiene que ser hecho en momentos decisivos.
Nosotros todos sueñan de ser el darling de todo el mundo es darling.
Riesgo sustancial de descarga eléctrica.
Dos por ciento de cero es casi nada.
La ley está muda en el midst de armas.
Cantamos a thee En una tierra lejana allende el Mar.
hay no likelihood el hombre nunca puede tocar el poder del átomo.
Si se cura bien, decirlo.
El más totalmente el hombre estúpido es quién no es consciente que es sensato.
La televisión educativa tendría que ser absolutamente prohibida.
Ellos no, desafortunadamente, nos la misma cortesía.
Puedes aprender muchas cosas de niños.
Los hechos son tercos, pero la estadística es más pliable.
Qué amable de ti para ser dispuesto de vivir alguien es vida para ellos.
Vende por datar estampado en inferior.
En general, era todos los ladrillos justos en la muro.
Los mendigos tendrían que ser ningún choosers.
Cualquier terrón puede tener los hechos, pero teniendo las opiniones es una arte .
Las portadas de este libro son demasiado lejos aparte.
Un compliment es algo como un beso a través de un velo.
Yo no él!
Cuándo tomas uno de la nevera, se abre.
La vejez es el puerto de todo ills.
El uso público de cualquier sistema de música portátil es un virtualmente guaranteed indicador de tendencias sociopáticas.
Ganador no es todo.
Después de un tiempo les juzgan.
Quienes no hablan, sabe.
Poseo Las Vega.
Cuándo estoy ido, el boxeo será nada otra vez.
Era finalmente lassoed y liberado en un matorral cercano.
El informado recurre a la astrología en la Casa Blanca ha occasioned mucho merriment.
Assholes emit odious Gas.
Tarde o temprano tienes que pagar para vuestros pecados.
Quién no confía en bastante no será confiado en.
El control de la producción de riqueza es el control de vida humana él.
Louis hotel cuándo notó una mujer muy encantadora staring admiringly en él.
Soy un optimista .
Y crecieron a números grandes y prosperó.
Qué estas necesidades de país es un buenos cinco céntimo CUALQUIER COSA!
Una lista es sólo tan fuerte como su enlace más débil.
Siempre que siento gusta ejercicio, I mentira abajo hasta los pases de sensación.
Uno de ellos es mujer es.
Tengo una VISIÓN!
Me gusta matar mosquitoes.
Para ser o no para ser.
Y donde va después de que deja la tostadora?
Cuándo una mujer salva la vida de un hombre, es agradecido.
Imaginar si cada jueves vuestros zapatos explotaron si les ligaste la manera habitual.
Cuándo te y soy lejos aparte Puede sorrow pausa vuestro corazón tierno?
Esto es un mito .
Forma arriba o barco fuera.
Una vez más un estudiante no recibió un punto solo en su examen.
El executioner es, oigo, muy experto, y mi cuello es muy esbelto.
Al respecto, es muy similar a COBOL.
Su emoción más grande próxima está perdiendo una apuesta.
La duda no es una afección agradable, pero la certeza es absurda.
Cómo puede tú 'Matemática Nueva' problemas con un 'Matemática Vieja' mente?
La parte peor de valor es indiscreción.
Hace un padre bueno deja un niño solo a starve?
Cómo yo esto?
A veces cuándo me levanto por la mañana, siento muy extraño.
No lee esta fortuna debajo pena de ley.
Mi corte de pelo es totalmente tradicional!
Nunca mirar un caballo de regalo en la boca.
Aquella empresa es grande porque es tan grande.
Tomando el perro.
I recelo un hombre quién dice cuando.
hay siempre alguien peor fuera que tú.
No puedes discutir con fallo.
No puedes tener una ciencia sin medida.
SUPE que.
Si soy sobre el cerro, por qué es no retiro nunca siendo arriba?
Even moderación ought no para ser practicado a exceso.
Si no estaremos juntos, no estamos una casualidad.
Naturalmente sólo parece para carecer de el conocimiento ladled fuera de diario en institutos.
Los adultos mueren jóvenes.
Algunos han visto Skelde, alcohol del humo, y se apellidan sorcerers.
Es porque no somos la persona implicó.
El cursor emotivo escribe, y teniendo escrito, parpadea encima.
No te entiendo anymore.
Eres el maestro aquí, y ellos los esclavos.
Si los banqueros pueden contar, por qué tienen ocho ventanas y sólo cuatro tellers?
Bendito son quiénes Van Alrededor en Círculos, para serán Sabidos como Ruedas.
Si analizas cualquier cosa, lo destruyes.
Todo el mundo quiere ir a cielo, pero nadie quiere dado.
Una idea mala cuyo tiempo ha venido.
Hay un orden de cosas en este universo.
También estuviste disparado en el fracas?
Despierta arriba y oler el café.
Si te quieres, qué negocio es del vuestro?
Si la vida no es qué quisiste, tiene pediste cualquier cosa más?
Uno por uno, los Matemáticos subieron fuera de bajo el guijarral.
Afirmó que podrían escribir las especificaciones y él bien.
Para lejano más maravilloso es la verdad que cualesquier artistas del pasado imaginaron!
Si tendría que parar antes de que despierto, Darme un nudge para bondad' sake.
Un comité es una forma de vida con seis o más patas y ningún cerebro.
Significo Apple son buenos sabes?
El amor es el delusion que una mujer difiere de otro.
Qué a menudo tener que lo pruebas?
Por qué un hombre querría una mujer es un misterio grande a algunas personas.
Dónde no hay ninguna emoción, no hay ningún motivo para violencia.
Una poca experiencia a menudo trastorna teoría muchísima.
Más está tomado en por esperanza que por astuto.
Está explicado que todas las relaciones requieren un poco dar y tomar.
Una ciencia tiene que ser repeatable, él lo pruebas.
Muchos más pase de semanas.
Un día caí la caja por todas partes el piso.
Russ Lo hizo atrás a Bugtown antes de que murió.
Corrido con decente folk y vuestros instintos decentes propios serán fortalecidos.
Su belleza era como un ser caballar bello montado por un mono salvaje.
Moderación en todas las cosas.
El problema grande con pornografía está definiéndolo.
La póliza no es a intermingle el dos.
Y obra en su código hasta que diez después de que tres.
Cuándo los hechos son en contra te, discutir la ley.
Un vecino vino a Nasrudin, pidiendo para tomar prestado su burro.
hay no manera mejor de ejercitar la imaginación que el estudio de ley.
Oído que el Transbordador espacial próximo está supuesto para llevar varios Guernsey vacas?
Debian Ha descubierto este bug hace dos años y fijado lo.
Los rayos estelares prueban fibbing nunca pagas.
El resto aseguró, cogerás vuestro dinero vale, espectáculo más Sumo, en cielo, infierno o tierra!
Esto me doy esperanza suma para la raza humana.
El más control, el más aquello requiere control.
Para ser es para hacer.
Mi NARIZ es NUMB!
Estás vengado mil cuatrocientos y cuarenta tiempo un día.
Bebo para hacer otras personas que interesan.
Si no, reniega ruidosamente que estás siendo secuestró.
Las cosas más importantes, cada persona tiene que hacer para él.
Cualquier programar cuál corre bien es obsoleto.
Es muerte legalmente atando?
Otras mujeres cloy Los apetitos alimentan, pero hace famélica Donde la mayoría satisface.
Salva gasista, no come grano.
Mis padres fueron a Niagara Caídas y todo cogía era este crummy vida.
Y todavía, todavía, cuándo el maíz cumple tragedia frente a frente, tenemos política.
Un gourmet quién piensa de las calorías es como un tart que carices en su reloj.
Declaramos los nombres de todas las variables y funciones.
En acción, ser prudente de vuestro cronometrando.
El estado de inocencia contiene los gérmenes de todo pecado futuro.
Criando mascota las anguilas eléctricas está obteniendo popularidad actual muchísima.
Conduciendo su reno a través del cielo, no está debajo cuándo vuelan por!
Vierte mezcla caliente a una cacerola plana.
Qué I realmente quiere hacer es ser un agente vendedor de zapato.
Tienes no enemigos reales.
Nunca sentir gustar la vida era un juego y tuviste el libro de instrucción incorrecto?
No dará una pulgada, pero no dirá núm.
Justice ha sido servido, y dentro de poco te y vuestros amigos serán, también.
No quiero saber.
Una universidad es lo que una universidad acaece cuándo la facultad pierde interés en estudiantes.
de Inc. Erie muerto para vuestros pecados.
Salvar el mundo para convencional warfare.
Porque sabemos que podríamos batir arriba de su ciudad en cualquier momento.
Si caes y romper vuestras patas, no viene corriendo a mí.
Aquella cuestión tendría que ser tomada fuera y disparó.
Para uso recreativo sólo.
Es incluso dos veces tan lejos a la esquina y ellos han añadido un cerro.
Los hombres tienen tan exagerados una idea de sus derechos como mujeres tienen de sus injusticias.
Te haré más corto por la jefa.
Hombres quién cherish para mujeres el respeto más alto es raramente popular con ellos.
Últimas palabras famosas.
Un gambler la emoción más grande está ganando una apuesta.
En Hollywood, todos los matrimonios son felices.
Trae fortuna buena.
Nunca prueba para una afección de error no sabes cómo para manejar.
Las gerente loconocen tiene que ser bueno porque los programadores loodian tanto.
Alimony Es la maldición de las clases de escritura.
Reloj para él en todas partes.
Lo giras alrededor, y entonces finalmente cae.
No genera ingresos.
El político famoso intentaba salvar ambos sus caras.
Dices que vamos alrededor del sol.
Intento de razas de la familiaridad.
De todas las formas de precaución, la precaución enamorada es el más fatal.
No me censurarás a través de terrorismo de bug.
La ausencia hace el corazón va vaga.
Buscaban un alck agujero.
La sensación más suma?
Pero ellos también reídos en Bozo el Payaso.
Complacer probar otro.
Es este escaño tomado?
Y en el octavo día, nosotros bulldozed lo.
Si eres una persona decente , no me venderás otro libro.
Tienes que confiar en vuestra intuición humana.
Suplente ligeramente, pierde vista del mundo, Obrando a la ligera, pierde control de él.
La lengua es un virus de otro planeta.
Pensé yo una vez, pero era mal.
Todas las fortunas serán reconocidas.
Uno no es nato una mujer, uno acaece uno .
Para caso dicen el ascensor y nosotros dicen impulso.
Vienes aquí a menudo?
Esto no es una oferta para vender seguridades.
Todavía buscando los resultados magníficos de mi misspent juventud.
Quod erat demonstrandum.
Si uno estudia demasiado zealously, uno fácilmente pierde sus pantalones.
Tiene círculos oscuros bajo sus ojos.
A Perl, o no a Perl, aquello es el kvetching.
Risa y las risas mundiales contigo, snore y duermes sólo.
A veces escogemos la generalización.
Es más fácil de escribir un incorrect programa que entender un correcto un.
Algunos maridos son prueba viviente que una mujer puede tomar un chiste.
La economía depende aproximadamente tanto en los economistas como los tiempos hace en meteorólogos.
Me tomo bebido, soy en casa otra vez!
Nadie quiere crítica constructiva.
Un hombre Mede es el persa de otro hombre.
Algunos para siempre no para mejores Algunos han ido y algunos quedan.
La civilización es divertida!
Los feministas sólo quieren la raza humana para ser un lazo.
La educación británica es probablemente el mejor en el mundo, si lo puedes sobrevivir.
El amor es una enfermedad mental grave .
Ciencia y pseudociencia tanto excitar aquella sensación.
Ambos aquellas cosas suenan bastante buenas a mí.
La rebelión es sencillamente un aparato utilizado por el inmaduro de esconder de sus problemas propios.
Como del próximo martes, C será flushed a favor de COBOL.
Los pollos son VALE pero no les podemos hacer la obra junta todavía.
Caja aplazada nunca mañana qué puedes evitar todo junto.
Pero quién entre nosotros ha tal suerte?
Cinco es una aproximación suficientemente cercana a infinidad.
Yea De la mesa de mi memoria secaré fuera todos récords cariñosos triviales.
El lawgiver, de todos los seres, la mayoría debe la lealtad de ley.
Cada lengua expresa el Yin y Yang de software.
No dormiré aquí esta noche.
Young unos hacen.
Reclamo IMPUNIDAD!
No tenemos que.
La textura es importante.
Aquello era una idea de satisfacer a Escargot.
El éxito es algo vestiré para cuándo cojo allí, y no hasta que.
Contiene no ingredientes o colores artificiales.
Escribir un recursivo macro?
Los miembros nuevos son urgentemente necesitados en la Sociedad para Prevención de Crueldad a Tú.
Cuántos surrealistas toma a tornillo en un lightbulb?
Mayo todos vuestros Empujones ser Reventados.
Mucha bebida de personas del bote incorrecto a veces.
Vi Lassie.
Las líneas paralelas nunca cumplen, a no ser que doblas uno o ambos de ellos.
Qué si había escrito esta pieza con letras, como canción para ser cantada?
Por qué esperas él de una máquina que los humanos han construido?
Las tramas son como girdles.
Si no huele todavía, es bastante fresco.
Pero no lo consideraría.
hay siempre tres o más en un elemento dado.
Uno a tornillo en la bombilla y cuatro para compartir la experiencia.
Tener que I poste?
Sanity Es la marca de una mente débil.
Une en el juego nuevo aquello está barriendo el país.
Astrological gibberish, El cual significa astrología generalmente, tiene ningún sitio en un diario, gobierno solo dejado.
Miraba en mí como si era un plato de lado no había ordenado.
Las inversiones recientes cederán un beneficio leve.
Qué estas necesidades de país es un buenos cinco níquel de céntimo.
Wilson y W.
Cuándo era un chico estuve dicho que cualquiera podría acaecer Presidente.
Hay cosas peores en vida que muerte.
En vez de amoroso vuestros enemigos, tratar vuestros amigos un poco mejores.
Mejora cada cual brillando hora, Cómo ordenado extiende la cera!
Cuándo llegó, el Maestro era en ninguna parte para ser encontrado.
Luces de cola están utilizadas en algunos países extranjeros para señalar turnos.
Día perfecto para scrubbing el piso y otras cosas apasionantes.
Es más fácil de cambiar la especificación a cabido el programa que viceversa.
Algo inusual hoy.
Un witty el refrán prueba nada, pero refrán algo pointless coge la atención de las personas.
Pasó que un fuego rompió fuera de backstage en un teatro.
Te escribe una letra amenazante y bolígrafo una respuesta desafiante.
Deseo un robot cogería presidente elegido.
Empieza con la visión para ir.
El dios estuvo satisfecho con su obra propia, y aquello es fatal.
Mordió fuera más de mi mente podría masticar, Ducha o suicidio, qué hago?
Comprar el negatives en cualquier precio.
Pero no hay ninguna certeza.
Día fino para obrar de energía sobrante.
Blend Hasta liso.
Tiene revelaste tanto que estás empezando para evitar personas?
Cerveza de bebidas del chico.
La química está aplicada teología .
Todos los ordenadores estuvieron enlazados juntos.
No podemos continuar sin vuestro apoyo.
Una palabra al sensato es bastante.
Mayo un Misguided el ornitorrinco pone sus Huevos en vuestro Jockey Shorts.
Una cantidad segura de oposición es una ayuda, no un hindrance.
Qué uso es palabras que conduce no al corazón?
Casi nada en Perl sirve un propósito solo.
Cuándo dejas, toma alguien contigo.
Si vale hacer, vale hacer para dinero.
Si nuestro comportamiento es estricto, no necesitamos divertidos!
Pero para hablar en contra es locura .
Después de vuestro amante te ha ido todavía tendrá MANTEQUILLA de CACAHUETE!
El tipo más fuerte, complacer.
El oxígeno es un fuego extremo hazard.
la última persona para dejar Míchigan complace resultar las luces?
Sientes personalmente responsable para la escasez alimentaria mundial?
Así que soy feo.
Hace un labrador bueno desatiende una cosecha ha plantado?
Le encanta Sigmund, quién es prudente no para hacer cualquier poultry chistes.
Noche buena para pasar con familiar, pero evitar riñas con el amante nuevo de vuestro compañero.
Un pecado privado no es tan prejudicial en el mundo como público indecency.
Vi un hombre que persigue el Horizonte, 'Ronda y ronda aceleraron.
te preocupas para ver las ruinas de mis intenciones buenas?
Qué te aquejas que continúas discutir?
La vida no empieza en el momento de concepción o el momento de nacimiento.
La manera única de corregir esto es para reescribir el programa.
Cualesquier dos filósofos pueden decir cada cual otro todo saben en dos horas.
Programadores viejos nunca dado, ellos sólo rama a una alocución nueva.
Ruega a Dios, pero mantener remando a orilla.
Si la rojez o el hinchamiento desarrollan, consulta physician promptly.
Angel Martin me digo compras información.
Disparé una flecha en al aire, y enganchó.
Un físico es un átomo manera de saber sobre átomos.
La responsabilidad es cuándo alguien te puede culpar si algo va mal.
Cuándo la gestión es demasiado intrusa, los usuarios pierden su alcohol.
Toda la evidencia respecto del universo no ha sido todavía recogido, tan hay esperanza quieta.
Si los hechos no cabidos la teoría, cambio los hechos.
Un fool y su miel es pronto separó.
Nunca acostarse loco.
El dios no es muerto.
Aquel secreto has sido guarding, no es.
Las cosas son más gusta utilizaron para ser que son ahora.
La oferta limitó a residentes de los Estados Unidos contiguos.
El genio es diez inspiración de porcentaje y cincuenta por ciento beneficios capitales.
Imprimido papel reciclado encima.
Detroit es Cleveland sin el glitter.
Si un riesgo es en el noticioso, entonces es probablemente no el valor que se preocupa aproximadamente.
Todos los usuarios solitarios, por qué toma tan mucho tiempo?
Estuve en el borde principal, El litoral oriental en mis pies.
Es que realmente TÚ aquello está leyendo este?
Podrías tener correo.
Toma un marido listo para tener la última palabra y no utilizarlo.
La política no es el arte del posible.
La admisión es gratis, complacer paga en la puerta.
Los fines de semana estuvieron hechos para programar.
Por eso rechazo escribir esta función.
El más rápido I va, el behinder cojo.
No podrías aparcar anywhere cercano el sitio.
Ninguna excusa para poner fuera obra.
Totalmente negamos las alegaciones, y estamos intentando identificar el allegators.
Hoy en día insiste encima lo.
Si el dinero no puede comprar felicidad, adivino sólo lo tendrás que alquilar.
Nadie respondió.
Nunca vi cualquiera pegado con su cara.
La salud y el vigor desaparecerán como el rocío antes del sol.
Carreras Únicas futuristas en una generación próxima supercomputer.
Obré en una salud tienda alimentaria una vez.
La clonación es la forma más sincera de flattery.
La enmienda de Senado original era el acuerdo de conferencia en la factura.
Imagina que Cray el ordenador decide hacer un ordenador personal.
Una cosa que no es dado.
El hombre mediano todavía tiene la camisa de gimnasio llevó en instituto.
A err es X ventanas.
Pero el instinto puede ser luchado.
Conozco te mantienes divertido, Pero siento yo estoy siendo utilizó.
Esto es ahora.
Y sólo lo Tienes que mirar.
Evita personas tranquilas y pasivas, a no ser que eres en necesidad de sueño.
Nosotros todos viven en un estado de pobreza ambiciosa.
Por qué es Lucas electrónica más probablemente para filtrar que decir Bosch?
Tienes una personalidad magnética inusual.
El humo hace todas las cosas obra eléctrica.
Por qué queremos las terminales inteligentes cuándo allí son tantos usuarios estúpidos?
Entre robo magnífico y un coste legal, allí sólo está un grado de ley.
Medio de amor teniendo que decir que sientes cada cinco minutos.
El amor nunca está pidiendo por qué?
De hecho, normalmente repiten palabra por palabra qué no tendrías que haber dicho.
Limitaciones encima la cobertura y los remedios aplican.
Puedes no mend un wristwatch mientras cayendo de un avión.
No sé su nombre, así que lo llamaré el Tao de Programar.
La civilización depende no en cualquier conocimiento particular, pero en el talante a crave conocimiento.
Un businessman es un híbrido de un bailarín y una calculadora.
Ha tenido su pijama encima para dos, quizás tres días ahora.
Si estás aburrido, tengo algunos chores para ti.
Todo el mundo rueda con sus dedos cruzaron.
El defacto substandard.
Bienvenido atrás, mis amigos, al espectáculo que nunca fines!
Uno complexiones familiares una muro, dos familias logozan.
Entonces el teléfono rang.
Dime Es dinero.
Juego esto uno por el libro.
Microondas frizz vuestro heredero.
Mi estas komputilisto.
En el primer pase, instala perl.
Afortunadamente esto no es difícil.
Pobre pobre lastimoso me.
Si eres qué comes, adivino aquello me hago un queso danish.
El más pronto nuestra felicidad junta empieza, el más largo lo durará.
Uno no es superior meramente porque uno ve el mundo como odious.
Topologists Es plano justo folks.
Deja cosas para venir e ir.
La parón que busca para siempre.
Muchos los procesos mentales admiten de ser aproximadamente midió.
Un barco de hundimiento No reúne ningún musgo.
La felicidad es un disco duro .
Si esto es una economía de servicio , por qué es el servicio tan malo?
Chicas quiénes se echan en hombres, de hecho está tomando objetivo muy prudente.
El General de Cirujano ha determinado que el cigarrillo que fuma es peligroso a vuestra salud.
El número de riñas es sin importancia a no ser que algunos de ellos son correctos.
En como un dimwit, fuera como una luz.
Echa fuera propietario y licencias de sitio, y no habrá cualquier pirateando.
Las personas que obran bajo la influencia de carácter humana.
Cuándo todo más falla, prueba Kate Smith.
Luego a enterrar huesos, la cosa un perro goza mosts está tropezando joggers.
No la sutura hasta vuestra obra ha sido inspeccionada.
Giré mi acondicionador de aire al revés, y cogía frío fuera.
Even Dios deja una mano a sincero boldness.
Barry McQueen fallado para caminar de espaldas a través del Menai el puente que toca las gaitas.
La empresa nos necesito ambos.
Los empleados tienen que lavar manos antes de regresar para obrar.
Osa él quién hizo la marca de cordero thee?
Sabes la Universidad de Iowa cerró abajo después de que alguien robó el libro?
Beware De un hombre rubio alto con uno zapato negro.
Pero Agente, paré para el último un, y era verde!
Algunos días despiertas e inmediatamente empieza preocuparse.
Sólo una vez gustaría ser mejor.
Cuándo compromisos de marca de las gerente, programas de juego están ignorados.
El prejuicio es terrible, en el sentido que cometes las injusticias y tú hacen equivocaciones serias.
Cerró fines de semana y vacaciones.
Era la Ley del Mar, dijeron.
No perturba.
