Miraba otra vez y vio era Un sello de franqueo del penique .
Ninguna maravilla Clairol hace tanto dinero vendiendo champú.
Ha Oz en él.
Por qué pides?
Cualquier cosa quieres hacer, tienes que algo más primero.
Los humoristas siempre sientan en la mesa de los niños.
Sentient plasmoids Es un gas.
Sólo Capone mata como aquel.
La persona única quién siempre cogía su obra hecha por el viernes era Robinson Crusoe.
Ser alegre mientras eres vivo.
Para ser sumo es para ser entendido mal.
Esto causa más personas para tener que salen y comprar refrigeradores más grandes.
Así que nosotros.
El hecho queda que puedo no rationally trata yams, y los cerdos son terribles conversationalists.
Vuestra profundidad de comprehension puede tender para hacerte lax en worldly maneras.
Personas quiénes piensan que saben todo mucho molesta aquellos de nosotros quién .
El vuestro fielmente, Capt.
Un flujo de continuar de papel es suficiente de continuar el flujo de papel.
Gusta ser un poco dependiente?
Fue rebotar atrás.
Quizás el remembrance de estas cosas probarán una fuente de placer futuro.
Un reloj mirado nunca hierve.
Llaman Alabama la Marea Carmesí, me Llamo Deacon Blues.
Tengo una mente muy pequeña y tiene que vivir con él.
Respuestas a abrelatas eléctrico.
Un jefe sin humor es como un trabajo aquello es no divertido.
Para ser capaz de oler vuestra oreja propia.
Para dar de tú, primero te tienes que saber.
Cuándo costes de licencia son demasiado alto, los usuarios hacen cosas a mano.
Cuándo te ves, siento gusta tengo hambre por todas partes.
No soy temeroso de mañana, para he visto ayer y quiero hoy.
Creció tan rápidamente ningún plotting la banda le podría encoger lejos bastante.
Serás honored para contribuir vuestro tiempo y destreza a una causa digna.
Beware De Programadores quiénes llevan destornilladores.
En el futuro, vas a coger ordenadores como premios en cereales de almuerzo.
En casa también no puedo ir.
Y podemos todo ser contado encima para vivir abajo a nuestros impulsos más bajos.
Las personas muchísimas son temerosas de cotas.
Aborrezco personas quiénes mantienen perros.
Para activar su captivation, Depósito en su terminación, Una cantidad de partículas saline.
La manera de querer cualquier cosa es para darse cuenta que podría ser perdido.
Siempre ser sincero, incluso cuándo no lo significas.
Es aceptable de disparar atrás.
Personas quiénes van a las conferencias son las que tener que no.
Les pasa por!
Las cosas me preocupo aproximadamente no pasa.
La optimización obstaculiza evolución.
Un registro puede flotar en un río, pero aquello no lo hace un cocodrilo.
Para volver en vuestros pies, pierde dos pagos automovilísticos.
Esto puede parecer callous, pero es la manera mejor , realmente.
Una mentira en tiempo salva nueve.
Y si te preguntas, Qué estoy haciendo, Como estoy encabezando para el fregadero.
Yo nunca equivocado en mi vida.
Espero que puedo recordar qué era por el tiempo lo encuentro.
Si sólo mantuvo sistemas, las personas tratarían le gusta un criado.
Si conduces un grande, coche patriótico , americano tienes nada para preocuparse aproximadamente.
Sólo pienso aproximadamente lo.
Nada aquello está forzado nunca puede ser bien, Si no viene naturalmente, dejarlo.
Perl Los usuarios construyen herramientas pequeñas todo el día mucho tiempo.
En USENET, esto está sabido como resumen.
El más el más alegre.
Esto tiene que ser mañana .
El matrimonio causa datar problemas.
Doble Bucky izquierdo y derecho O'd junto, outta vista!
Ilegalmente aparcó los coches serán remolcados en el gasto del dueño.
Mi método es para tomar el problema sumo para encontrar la cosa derecha para decir.
Los gritos frenéticos mehacen nerviosos.
Hay ninguna necesidad de hacer muy housework en absoluto.
Somos tan dioses, pero conocerlo no.
Prueba que estos fija es el bug libre y corrido correctamente.
El mundial realmente no es muy peor.
Es un hombre capaz de girar cualquier color a gris.
Entonces también, es el suyo .
Evita comas, aquello es innecesario.
Los hombres dicen que quieren gatos, pero cuándo las mujeres no están mirando, gatos de chut de los hombres.
Y las vocales?
Dejado thy criado de sirvienta ser fiel, fuerte, y homely.
El diario de campus de Tecnología de Georgia después del gusano de Internet.
No beberé!
Noche buena, Señora
Si conejos' los pies son tan afortunados, qué pasó al conejo?
Si no te preocupas donde eres, entonces no eres perdido.
Las mujeres solitarias sientan en casa y espera.
Me gustan las chicas jóvenes.
Esto era el corte más más antipático de todo.
Encontrar el divertido y chasquear!
Comen Twinkies y Szechwan comida.
Y todo el mundo conoce es ahora o nunca.
Uno no tiene un sentido de humor.
La mujer quién se da toma todo vuestro tiempo.
El lunes es una manera terrible de pasar uno séptimo de vuestra vida.
Nadie sabe qué continúa en en estos sitios.
Control de programas en y nunca comprueba fuera!
Luna media esta noche.
Anuncios públicos y guió visitas del antedichos no es necesario.
Lensmen Comer Jedi para almuerzo.
El pintor es flattened contra la muro cuándo intenta para seguir a la pintura.
Todo el mundo sabe el capitán lied.
Teniendo obrado para gestión pobre, ya no valoran sus trabajos.
Un Scotsman paseaba a través de Calle Alta un día que lleva su kilt.
Nuestras asíntotas ya no fuera de fase, encontraremos, contando, frente a frente.
Lo da a seis Californians, así reduciendo el problema al chiste más temprano.
El Escéptico Inquirer, Vol.
Tom Bom, jolly Tom, Tom Bombadillo!
O Grande bucks día!
Vuestro taxi es amarillo y negro, y ha sido en uso para único siete años.
Un inamorato es alguien enamorado.
Marca él bien antes de que lo haces más rápido.
Otherwise A Personas no les podrías gustar.
Puede tomar varias porciones para cumplir esto, especialmente si sutilmente condimentó.
El pitcher herida arriba y él flang la bola en el batter.
Tres horas un día producirá tanto como un hombre ought para escribir.
Un programa con GOTOs, no tiene ningún fin!
Nuestra póliza es, cuando en duda, la cosa derecha.
Es difícil para personas enteradas para acaecer natural.
Sólo pensar lo que un más bueno mundial esto sería si estuvo controlado por gatos.
Patience es el remedio mejor para cada problema.
Cariz lejos y ver el fin desde el principio.
Cuando en pánico, miedo y duda, Bebida en barriles, come, y grito.
Este producto está significado para propósitos educativos sólo.
Pero yo digress.
Fui encima a mi amigo, era eatin' un pepinillo.
Sólo no puedes aguantar personas, no les puedes poseer.
Envía abogados, pistolas, y dinero, Papá, cogerme fuera de este.
Un hombre violento morirá una muerte violenta.
El tiempo es una ilusión , hora de comer doblemente tan.
Lo estiré para exponer sus debilidades.
Foreplay Ha lousy gráfico.
La capacidad ejecutiva está decidiendo deprisa y cogiendo alguien más para hacer la obra.
Cada de vez en cuando lo giro encima y fuera.
Goldfish Y dado.
La guerra real es un muy messy negocio.
Alguna cantidad de cronometrar más tarde tuvieron todo completó sus libros respectivos.
Respuesta la cuestión!
Pez grande evasión sola de thee!
El más pronto todos los animales son extintos, el más pronto encontraremos su dinero.
Las mujeres quieren sus hombres para ser cops.
Dónde hay una voluntad, hay un pariente.
Su alcohol era salvaje, como un mono salvaje.
Complacer modificar vuestros programas consiguientemente.
Ninguna casa es childproofed a no ser que el poco darlings es en straitjackets.
Hombre quién cae en vat de molten ojera de marcas de vaso óptica de self.
Las tensiones mundiales tienen, si cualquier cosa, aumentado en el siglo de barrio desde H.
Pero complacer no me pide para ayudar.
Si todo el mundo importó su negocio propio, el mundo iría alrededor de un trato más rápido.
El musgo en el árbol no teme el talons del hawk.
Las palabras son la voz del corazón.
O Las nubes desdoblan!
Serás la víctima de un chiste extraño.
Norbert Weiner era el tema de muchos dotty historias de profesor.
Prepara para ser asimilado.
Recuerdo cuándo legal utilizado para significar lícito, ahora significa alguna clase de loophole.
No hemos visto a cualquier cosa le gusta él en el último medio una hora!
Él meramente outlives les.
Qué una frase fea.
Probar el Moo Shu Cerdo.
Ego Suma ens omnipotens.
Mis pensamientos no son demasiado claros, pero no se ahuyenta.
Habiendo Nada, nada puede pierde.
Dejaste vuestro segundo a la cabeza atacar mientras sientas y reloj para debilidad.
Te ha asomado, o hombre, qué es bien.
Una cerveza retrasó es una cerveza negó.
El primer tiempo, es un KLUDGE!
Snow y adolescencia son los problemas únicos que desaparecer si les ignoras mucho tiempo bastante.
Quiero saber el significado de vida.
Siempre dibujar vuestras curvas, entonces trama vuestra lectura.
Dos en el frente, dos en el atrás.
Si vives mucho tiempo bastante, verás que cada turnos de victoria a una derrota.
Vuestra casa es encima fuego, Vuestros niños quemarán!
Esto es la clase de uso de profesionales de conjunto de herramienta.
Si obra, no es X ventanas.
La prueba del puding es en el comiendo.
No tienes que ir.
Es mucho más duro de encontrar un trabajo que para mantener uno.
La juventud es una enfermedad de qué nosotros todos recuperan.
El tiempo bueno está acercándose, La estación es a mano.
Si la chica quieres movimientos en con otro tipo una vez, es de sobra.
Hay nada bueno en guerra.
Qué es FORTRAN?
Los juegos haber siempre nos fortalecí.
Programadores de ordenador lo byte por byte.
Les Como tiene, coge.
Con este código que nunca crece.
Pero soy enfermo y cansado de ser dicho que soy.
El béisbol es un juego especializado .
Más de cualquier tiempo en historia, la humanidad ahora afronta un crossroads.
El segundo mito de gestión es que éxito equals destreza.
Charlas a self.
Es brilig Guerra.
La selección natural no importará pronto, no anywhere tanto como selección consciente.
Cuántos tipos de hardware toma para cambiar una bombilla?
Es mejor de quedar childless que a padre un huérfano.
Oferta void dónde prohibido por ley.
Nunca sancionan el impuros, Ni reconocer una obertura.
La juventud no se disculpa todo.
Un amigo de mina es a Acupuntura de Vudú.
Para educación de adulto nada bate niños.
La mujer nos inspiro a cosas sumas, y nos impido de conseguirles.
La suma del Universo es cero.
Va en y darlo un probar, Por qué prolongar la agonía, todos los hombres tienen que morir.
Ninguna justicia, complacer, maldición ye!
Qué pasado anoche puede pasar otra vez.
Si un hombre dormido por día, tuvo poco tiempo para obrar.
Es mal siempre, en todas partes y para todo el mundo para creer cualquier cosa a evidencia insuficiente.
Nada es imposible para el hombre que no tiene que él él.
Con escuchar viene cordura, con hablar repentance.
Dios es realmente sólo otro artista.
Y me quiere tomar en casa para asomarlo a mí.
Cuándo los usuarios ven uno GUI como bello, otras interfaces de usuario acaecen feas.
La espera hasta vuestro padre coge casa.
Un novato de la sien una vez se acercó el Sacerdote de Jefe con una cuestión.
Si no es rompió, fijarlo.
Cuándo una mujer casa otra vez es porque detestó su primer marido.
Ahora dejado la diversión empieza!
Vestal Las vírgenes no son todo aquel malos.
Es mejor de viajar hopefully que para volar Continental.
Hacer vuestro wombats sueño en tophats?
Qué I no entiende es sólo por qué no Puede ser uno o el otro, indudablemente.
No puedo pensar sobre aquel.
Son menos dejados que dejó transiciones, si ves qué I malo.
Ningún mal puede pasar a un hombre bueno.
Si no atacas óleo en veinte minutos, la parón que aburre.
Encendió un partido pequeño para asistirle, Oh, trae atrás mi Bonnie a mí.
Para acusar oneself espectáculos que uno es educación ha empezado.
El propósito real de libros es para atrapar la mente a hacer su pensamiento propio.
Debajo comunismo, es sólo el opuesto.
Esta puerta es baroquen, complacer wiggle Handel.
Corte slits en costra superior para dejar evasión de vapor.
Mordisco el renacuajo de cera.
Hemos phasers, voto volamos 'em!
La virtud es un plazo relativo .
Cariz antes de que saltas.
Si el compilador es más sumo, entonces las aplicaciones es sumas.
Comiendo el chocolate es gusta ser enamorado sin el agravamiento.
No para consumo humano.
Marchas muy bien con todo el mundo excepto animales y personas.
Nada tiene éxito como sobrante.
Dejé de fumar, Bebiendo y Sexo.
Las cuestiones nunca son indiscreet, contesta a veces es.
Ruedas mi registro, y rodaré el vuestro.
Las personas están empezando para notarte.
El software sin medio visible de apoyo.
Afortunadamente la inspiración atacó.
Los hombres no son atraídos a mí por mi mente.
En Minnesota piden por qué todo campos de fútbol en Iowa tienen artificiales turf.
Podemos esperar que las máquinas finalmente competirán con hombres en todo puramente campos intelectuales.
Logra a los pensamientos de amigos, Y encontrar no saben vuestro nombre.
La ropa hace el hombre.
La recesión es cuándo vuestra vecina pierde su trabajo.
La necesidad Es la acción de la carácter no diferente dibujando un lazo?
Puedes pasar una tarde delante de él en único ocho minutos.
Un fanatic es uno quiénes no pueden cambiar su mente y no cambiará el tema.
Depende en cuántos malo unos trajo con él.
No hablo a máquinas!
Un número grande de obra de sistemas instalados por fiat.
El hombre tacha su jefa.
La fiesta suspendió a una cuba caliente, sí.
Discutí que los precios de estand de la concesión eran indignantes.
Qué hacemos?
En el primer piso, hay una convención de arquitectos.
Freno para chezlogs!
Es difícil a soar con las águilas cuándo obras con pavos.
Continúa dejar las cosas deterioran en casa.
Uno medio de mí paranoid y el otro medio es fuera para cogerle.
Paso atrás, unbelievers!
El progreso tecnológico meramente nos ha proporcionado con medio más eficaz para ir atrás.
Una ciudad donde todavía saben cómo para coger vuestras camisas atrás por jueves.
Cada lengua tiene su sitio dentro del Tao.
Si todo , serías fuera de un trabajo.
Maneras diferentes justas para matar el dolor igual.
Sólo porque se apellidan lastransiciones'prohibidas ' no significa que están prohibidos.
Es mi una forma de ficción continua.
Conozco eres en búsqueda de tú, sólo no te he visto anywhere.
Los gatos toman un mensaje y volver a ti.
Cantidades grandes de causa de alcohol muchas celdas de cerebro para perecer debido a privación de oxígeno.
Espacial es azul y mosca de pájaros a través de él.
Ontogenia recapitulates filogenia.
Por qué es todo hecho de Lycra Spandex?
No hemos heredado la tierra de nuestros padres, hemos tomado prestado él de nuestros niños.
Todo el mundo sabe que has sido fiel, da o tomar una noche o dos.
Sólo para unos cuantos segundos preciosos.
No dijo no entendió sed.
Tienen que todo falla la misma manera.
Nosotros gotta salir de este sitio, Si es la última cosa nunca hacemos.
La generación de números aleatorios es demasiado importante de quedar a casualidad.
Cualquiera de sus reparto podría comprender un negocio entero.
Tienta no un hombre desesperado.
Das rubbernecken sightseeren keepen Manos en das bolsillos.
Un alemán, un Polo y un campamento izquierdo checo para una caminata a través del bosque.
El talento más sumo se asoma tarde en vida.
Si no eres rico te siempre tendría que mirar útil.
Toma todas clases para llenar las autopistas.
Todo toma más largo, cuesta más, y es menos útil.
Booze Es la respuesta.
La mamá dice la más diversión de su obra ahora que está enseñando escuela gradual.
Cada periodista tiene una novela en él, el cual es un sitio excelente para él.
Mark con tiza.
Para rechazar el elogio es para buscar elogio dos veces.
Hustling El senoritas, Mientras bailan debajo las estrellas.
Charity empieza en casa.
Pero pasa todos los días.
Si vuestro objetivo en vida es nada, no puedes perder.
Qué el gobierno tiene para hacer es vivo como barato como las personas.
Ningún alcohol, perros o caballos.
Siempre dejar sala para añadir una explicación si no sale.
No lo tememos tan haces.
No recuerdo la cuestión.
Cualquiera quién considera el protocolo sin importancia ha nunca trató un gato.
Sin vida de helado y la fama son sin sentido.
La diferencia más grande entre tiempo y espacial es que puedes no tiempo de reutilización.
Esto se apellida Monotonía.
Evita entender mal por tranquilo, poise, y saldo.
En vino veritas.
No has muerto 'til lo has utilizado.
no hay ninguna opinión tan absurdo que algún filósofo no lo expresará.
Un hacker hace para querer qué otros no para dinero.
El wombat vidas a través de los mares, Entre las Antípodas lejanas.
se apasiona y empieza estirar un gatillo como otro tipo seca su nariz.
Pido nada pero sinceridad.
Persistencia en una opinión nunca ha sido considerada un mérito en dirigentes políticos.
Si la afección persiste, consultar vuestro physician.
Ningún hardware es seguro.
Procrastination Significa nunca teniendo que decir losientes .
El grande unos coges utilizado a, haces arriba de vuestra mente a ellos.
La vida es un capricho de varias miles de millones celdas para ser tú para un rato.
Un labrador es un hombre excepcional en su campo.
Vencerás los ataques de celosos asocia.
Los tipos buenos acaban último, pero cogemos para dormir en.
E incluso como hablamos Aumenta la carga de sistema.
Atenúa las mujeres tienen immaculate casas.
Si las acceso de zapato, es feo.
La locura No tiene ningún propósito.
Necessity Es una madre.
La mecánica cuántica es una introducción preciosa a Hilbert Espacios!
Los ordenadores son gusta acondicionadores de aire.
Es suerte mala para ser supersticioso.
Aumentando el número de los participantes meramente reduce la salida mediana.
El sistema va a chocar.
Bebida Scotch whisky toda la noche mucho tiempo, Y dado detrás de la rueda.
La frase está dolida alguien más.
Es a través de símbolos que hombre conscientemente o unconsciously vidas, obras y tiene su ser.
La magia de nuestro primer amor es nuestra ignorancia que lo puede nunca fin.
Los hombres reales no hacen copias de seguridad.
En las funciones Completan!
El techo de un hombre es el piso de otro hombre.
El arte de incompetencia.
Las entradas asíncronas son en la raíz de nuestros problemas de raza.
Es un helado koan.
Even bytes coge solitario para un poco.
La fortuna sugiere usos para VUESTRAS órdenes de UNIX favoritas!
Todo de las personas en mi edificio son dementes.
La realidad es para personas quiénes carecen de imaginación.
Para hacer el individual incómodo, aquello es mi tarea .
Vuestro mileage puede variar.
Todos los usuarios solitarios, donde ellos todo provenido?
Puedes coger allí de ahí, pero por qué encima tierra quieres?
El tiempo próximo golpeó más fuerte, pero todavía ninguna respuesta.
Los colores se pueden apagar en tiempo.
Serás atropellado por un autobús.
Dejado un fool control su lengua y él pasarán para una salvia.
Los adultos únicos tienen dificultad con childproof tapones.
Siendo sobrecargado es el signo de un cierto Debian maintainer.
Envía sobre una PIZZA de SALCHICHA!
Qué clase de hombre viviría donde hay no osar?
Me doy un beso dos veces.
Tomar un elefante para comer.
No permite una mujer para pedir forgiveness, para aquel es sólo el primer paso.
Sus dedos bailaron al teclado.
Pero ahora veo nada.
Elige arriba del papel, leído el obits.
Un narcissist es alguien mejor mirando que eres.
Pero todavía tengo los controles dejaron!
Él quién lanza el barro generalmente pierde tierra.
Quiero casar una chica sólo como la chica que papá viejo querido casado.
Me ligo canguro abajo, deporte, me Ligo canguro abajo.
La sátira no mira bastante a un tombstone.
Estoy complacido para ver que tenemos diferencias.
Cumpleaños tan feliz a todo en la lista.
Hay muchos especie inteligente en el universo, y ellos todo gatos propios.
Qué estas necesidades de país es un buenos cinco plasma de dólar arma.
Un optimista es un tipo aquello ha nunca tuvo mucha experiencia.
Un perro más famélico caza incluso mejor.
Los animales pueden ser conducidos locos por poner demasiados en demasiado pequeño un bolígrafo.
Duchas de abril dulce saltan flores de mayo.
Él quién importa su negocio propio nunca es parados.
El tiempo más feliz de la vida de una persona es después de su primer divorcio.
La diferencia importante entre vínculos y comerciantes de vínculo es que los vínculos finalmente maduros.
Cuánta paciencia tienes, para caso.
Thy nuncle Era muerto como trozo o' ventaja, Afore encontré su shinbone.
Históricamente Tcl siempre ha almacenado todos los resultados intermedios como series.
Tal hombre esperaría un hueso para poner un huevo.
Beware El pato cuántico!
El ordenador tendría que ser hacer el trabajo duro .
Qué pavor coge Osa marco thy simetría temerosa?
SOY Howard Cosell!
Cuándo no estás mirando en él, esta fortuna está escrita en FORTRAN.
No quiero ser joven otra vez, sólo no quiero coger cualquier más viejo.
Si abre sus ojos, causa el mundial de volver.
puede haber telnet, rlogin, y ftp, pero estos no acceden cualesquier anfitriones.
Yo bastante fuiste.
El profeta mejor del futuro es el pasado.
De repente una carpa saltó, grabbed la cartera y tossed lo a otra carpa.
Como luchas de hombre para descubrir alternativas más baratas, necesitamos vuestra ayuda.
Si no fue para el último minuto, nada nunca cogería hecho.
no hay ninguna distinción entre cualquier AI programa y algunos juego existente.
Tendrás una vida larga y aburrida.
El amor es el proceso de mi dirigiéndote suavemente atrás a tú.
Eres dato falso .
Cuatro fifths del perjurio en el mundo es expended en tombstones, mujeres y competidores.
Ahora puesto atrás el caballo que te tomó fuera, y atracción fuera de un diferente un.
Reinados de paz de nuevo o'er Valle de Pino, pero Canon' el sueño es turbulento.
La oscuridad causará la bombilla para cambiar por él.
Rompiendo la foca constituye aceptación de acuerdo.
Vas a tener un asunto de amor nuevo.
Recuerda aun así que hay NO REGLA GENERAL PARA CONVERTIR Una LISTA A Un ESCALAR.
Puede te CORREO un PASTEL de GRANO?
El programador mediano teme el viniendo del pájaro, para teme su mensaje.
Era lástima se quedó su mano.
Su cabello no ha sido peinado para muchos días.
No busca fama, por eso nadie sabe su presencia.
EL Águila ha aterrizado.
Si estás llevando una linterna, puesto lo abajo.
Mantiene tierras antiguas, vuestro storied pompa!
Un bug en incant, lo hizo así.
Deja uno abre a un rival.
hay ningún claramente clase criminal americana nativa exceptúa Congreso.
Siento gusta acabo de coger para morder un gato!
Después del juego el rey y el peón entran la misma caja.
Hay personas tan adictos a exageración que no pueden decir la verdad sin lying.
Él quién pierde, gana la raza, Y las líneas paralelas cumplen en espaciales.
El OSI la vista es enteramente opuesta.
Presidentes de departamento nunca dado, sólo pierden sus facultades.
Los hombres acaecen insensibles.
Tengo un hobby.
Era derecho medio .
Ventaja por Siguiente El río carves fuera del valle por fluir debajo lo.
Nuestro segundo elemento noticioso completamente cierto estuvo enviado a mí por Señor
Uno la bomba nuclear puede arruinar vuestro día entero.
Un apolitical la educación es también política porque expresamente está aislando.
Da las gracias a Dios no soy respetable.
El arte es una mentira qué nos hago darse cuenta la verdad.
El más importante británico executioner era Vidas
El problema es el papeleo implicó.
Si uno dice la verdad, uno es seguro, tarde o temprano, para ser descubierto.
Te puede dar el diseño matemático exacto, pero qué falta es las cejas.
Después de que años de búsqueda, los científicos recientemente informaron que hay, de hecho, arroz en españoles Harlem.
Alimony Es gusta comprar avenas para un caballo muerto.
Antes de tomar prestado dinero de un amigo, decidir cuál necesitas más.
Tipos por sentido de olor, Qué le hace tan bueno?
Venido encima al lado oscuro, tú hoser.
Último yeer I kudn't spel Ingeniero.
No podemos tener las personas van en creer que!
Métete en tus asuntos, entonces no importas mina.
Los finlandeses lucharon los rusos.
Como un syrupy golosina?
El curso de cierto cualquier cosa nunca corre lisa.
Y es vida tan querido que tendríamos que culpar hombres para morir en aventura?
La guerra es deliciosa a quienes no han tenido ninguna experiencia de él.
El estrés ha sido pinpointed como causa importante de enfermedad.
Supongo que uno podría alegar que un undocumented la característica tiene no semantics.
La inexistencia mera es una excusa débil para declarar una cosa unseeable.
Quién el infierno realmente me obligué para dejar hoy?
Acepta la armonía es sólo en siguiente la Manera.
Es lejos más impresionante cuándo otros descubren vuestras calidades buenas sin vuestra ayuda.
Metermaids Comer su joven.
El aire es agua con agujeros en él.
Recordar los días viejos buenos, cuándo CPU era singular?
En este mundo, nada es seguro pero muerte e impuestos.
Pensé había algo fishy sobre el butler.
El núcleo no es congelado, pero slushy.
Siendo un layman, probablemente no puedes coger exactamente qué hace.
Cuatro obra de día semana, Dos papel higiénico de chapa!
no hay ningún pecado pero ignorancia.
Una reputación buena es más valiosa que dinero.
Vivió gusta que Judas encima otros.
Vuestro objeto es para salvar el mundo, mientras todavía dirigiendo una vida agradable.
Corrido bien arriba y frotar su cuerno.
La felicidad es habiendo un arañazo para cada escozor.
La mujer girada y sonreído en su compañero.
Pensó que vio un albatros Que fluttered 'ronda la lámpara.
No pone huevos en el Positivos Ahora Porque es incapaz a postulado Qué.
El remedio más sumo para rabia es retraso.
Él aquello regiría otros, primero tendría que ser el maestro de él.
El mundo entero es un scab.
La música en el alma puede ser oída por el universo.
Elegir todos los grupos donde cualquiera incluso podría ser ligeramente interesó.
Obtendrás dinero por una acción de engordar.
Él quién duda es a veces salvó.
Vuestros objetivos son alto, y eres capaz de mucho.
Qué la estación es cuándo el Knicks deja tocar.
Muy en particular, una toalla tiene valor psicológico inmenso.
Resbalamos fuera como nosotros siempre , tú pathetic criaturas.
El perro miraba atrás.
Serás casado dentro de un año, y divorció dentro dos.
Qué Tiene que una Película Hace?
La madre nueva elige arriba y amamanta su hijo.
Es que vuestra nariz o hizo un parque de autobús en vuestra cara?
Aquí es una letra, leído él en vuestro ocio.
Los amigos pueden venir e ir, pero los enemigos acumulan.
Así que lo tomé fuera para un paseo.
No sólo es UNIX muerto, está empezando para oler realmente malo.
Un firefly no es una mosca, pero un escarabajo.
Va a una película esta noche.
Es no una ojera para hacer la risa de ángeles?
Te lo puedes haber tenido.
Si fallas para planear, plan para fallar.
Lo puedes hacer ilegal, pero no lo puedes hacer impopular.
La mayoría de tuercas crece en árboles mientras peauts crece subterráneo.
