Sí me, cogía un bote delante de mí.
Flattery Te cogerá en todas partes.
Merecen honorable, muertes lentas.
Trayendo ordenadores a la casa no cambiará cualquier un, pero poder revitalize la esquina saloon.
Puedes pagar más si realmente quieres.
Segundo matrimonio es el triunfo de esperar encima experiencia.
Esto es la empresa telefónica .
El mundo entero es un esmoquin y eres un par de zapatos marrones.
Mucho folks está forzado a skimp para apoyar un gobierno que no.
Salva gasista, no utiliza la concha.
No sé por qué.
La Policía de Pensamiento es aquí.
Cualquier cosa no tiene éxito en dos meses y un medios en California nunca tendrá éxito.
Esto es untrue.
Era tiempo , el cual evidentemente se le preocupó, por ello la ley.
Prácticamente las personas perfectas nunca permiten sentiment a muddle su pensamiento.
El programador mediano está dicho sobre el Tao y lo busca.
Nunca tener tantos sabido tanto sobre personas para quien se preocuparon tan poco.
Les utilizas cuándo tienes nada más para probar.
Deseo podemos ser desconocidos mejores .
Hay oportunidad única.
E hizo este PC choke?
Honi soit qui mal y pense.
No lo puedo entender.
Puedo resistir todo exceptúa tentación.
Daffy Pasos de pato de un acantilado, esperando pastureland más lejano.
Esta prenda te puede ayudar.
No es bastante para tener una mente buena.
Amor vuestro vecino, todavía no estira abajo vuestro seto.
Elliptic Paraboloides para venta.
Soy difícilmente probablemente para creer en tal barbaridad tonta.
Aquella petición aplica sólo a personas mudas que no tienen algo interesando para decir.
Qué tiene que hago?
Cada lengua tiene su propósito, aun así humilde.
Deja obrar tan infantil.
Esto es Betty Joe Withers.
Por qué nunca hablamos anymore?
Toda obra y ninguna paga hace un housewife.
Él quién está sabido como un temprano riser la necesidad no se levanta hasta que mediodía.
La verdad de una cosa es el sentir de él, no el pensar de él.
Hombres nunca pases de marca en las chicas que llevan vasos.
Turno fuera motor mientras alimentando.
Cariz en aquel, no es lo ordenado?
Y no empieza frases con una conjunción.
No puedes borrar un sueño, sólo me puedes despertar arriba.
Me incluyo fuera.
La generosidad y la perfección son vuestro everlasting goles.
El vencejo era tonto de reír sobre Laputa.
La paranoia está aumentada concienciación .
El sitio mura mil millas alto en cada borde, de frente al sol.
El estado es cuándo las llamadas de Presidente tú para vuestra opinión.
Al dueño pertenece el doorknobs.
El Ringworld será mucho sturdier que un Dyson esfera.
Te Yendo para pagarlo?
Nip Fuera de la puerta posterior.
Cualquier valor falso va a ser bastante aburrido en Perl, matemáticos notwithstanding.
Cualquier ente suspendido en espacial quedará en espacial hasta que hecho consciente de su situación.
Nuestros Premios de Consecución este año son en los campos de editoriales, anunciando e industria.
Serás reconocido y honored como dirigente comunitario.
Oficina de poste no entregará sin franqueo apropiado.
Cuidado de académicos, aquello es que.
Una vez es happenstance, Dos veces es coincidencia, Tres tiempo es acción de enemigo .
En el Viejo Del oeste un tren de vagón está cruzando las llanuras.
El más rápido vamos, el más redondos cogemos.
Lo toma fácil, somos en una prisa.
Yo nunca voto para cualquiera.
Soy una persona profundamente superficial .
Nuestro fallo de solucionar un problema tan lejos no lo hace insoluble.
Cada hombre es tan el dios le hizo, ay, y a menudo peor.
Incluso puede ser un hábito malo, para todo sé.
El hombre mejor para el trabajo es a menudo una mujer.
Si hay una cosa I odio, es un mentiroso .
Marineros en barcos, aspa encima!
Como tracer, tienes que librar las redes de ordenador de slimy, ladrones de dato criminal.
Todos los pasajeros creen que cogían allí.
Sabes la diferencia entre un yankee y un damyankee?
Un pedestal es tanta una prisión como cualquier espaciopequeño, limitado.
El matrimonio es un idilio en qué el héroe muere en el primer capítulo.
Crees que que las personas analfabetas cogen el efecto lleno de sopa de alfabeto?
La información es el inverse de entropía.
En este caso es una razón buena .
El pollo estuvo implicado, el cerdo estuvo cometido.
Nosotros la mentira más fuerte cuándo nosotros mentira a nosotros.
Si eres bien real , saldrás de él.
Mayo vives en tiempo interesante.
Para ver una necesidad y espera para ser pedida, es a ya residuos.
Compasión de compasión es la arma más fina y defensa mejor.
Sobrante de vez en cuando es exhilarating.
Las grasas Quiere Madelyn.
El pecado importante es el pecado de nacer.
Así que compré el álbum.
No escribe en este espacio.
Un nombre bueno perdió es raramente recuperó.
El dios hizo todo fuera de nada, pero el nothingness espectáculos a través de.
No corriste Configurar con sh!
Es troubling bastante para coger directamente quién es realmente qué.
Es clasificado?
Vi estas la sola esperantisto kiun mi Eres el altavoz de esperanto único renkontas.
El futuro es un mito creado por vendedores de seguros e instituto counselors.
El mago está sentado en su silla alta y carices al mundo con favor.
Pase con cuidado.
Un hombre enamorado es incompleto hasta que está casado.
Nuestro OS quién arte en CPU, UNIX ser thy nombre.
Criando los conejos es una liebre criando experiencia.
Una visita a un sitio fresco traerá obra extraña.
una vez había un hombre quién fue a un espectáculo de comercio del ordenador.
Te Mejor no pout!
Hacer Miami un favor.
Primero tomamos Manhattan, entonces tomamos Berlín.
Ganarás éxito en cualquier llamando adoptas.
La mayoría de los niños del dios son, de hecho, apenas presentables.
Y no quiero dado, sólo quiero paseo en mi motorcy.
La distancia más corta entre dos puntos es en construcción.
Pienso que tuve mejor pensar de las cosas más importantes en vida!
Shirley MacLaine muerto hoy en un freak colisión psíquica hoy.
La madre del año tendría que ser un sterilized mujer con dos adoptó niños.
Dejado me pedir una cuestión.
Nunca desde entonces, está sido hablando sobre el bueno viejo dais.
Si todos los hombres eran hermanos , dejaste uno casa vuestra hermana?
Las cosas mejorarán a pesar de nuestros esfuerzos para mejorarles.
No aplica a piel rota.
Mi vampiro te dijiste sería dolido si no le dejaste?
Si la vida es una fase , quiero algunos mejores encendiendo.
Trabajadores del mundo, surge!
La adición hace un alcohol, De los tipos allí son pero tres.
El más puso los planes de ratones y hombres son normalmente sobre iguales.
Todas las cosas que son iguales, estás atado para perder.
Los poemas están hechos por fools, I miedo Pero sólo Schlitz puede hacer una cerveza.
Tajo placidly entre las impresoras ruidosas y recordar lo que los premios allí pueden ser en Ciencia.
Todo interesante tiene un precio.
Qué estand de excusas en vuestra manera?
Adam y Eve tuvieron muchas ventajas, pero el principales uno era, que huyeron teething.
La idea es para morir joven como tarde tan posible.
Si mantendrías en secreto de un enemigo, decirlo no a un amigo.
Debo el público nada.
Dónde hacer vuestros CALCETINES van cuándo les pierdes en th' WASHER?
La mayoría de programadores de UNIX son maestros sumos de moda.
había sólo un momento del silencio antes de la mujer procedió con valentía encima.
Muchas chicas pueden ser tenidas para una canción.
Tengo que pulsar el cochecito mucho.
Para seguir precedentes tontos, y guiño Con ambos nuestros ojos, es más fácil que para pensar.
Satan Está patinando para obrar mañana!
Beware El detrás te.
Quien los ordenadores destruirían, primero tienen que alocar.
Lo quieren bien.
Evitar las Puertas de Infierno.
Void Dónde prohibido.
Bastante uno tiene que befriend el huésped quién es allí, pero acelerarle cuándo desea.
El único satisfaciendo la parte de cualquier trabajo es pausa de café, hora de comida y quitting tiempo.
Quién cuidará del mundial después de que estás ido?
Las mujeres son sólo como hombres, sólo diferentes.
Si crees esto, verme aproximadamente un puente tengo para venta en Manhattan.
Cinco años más tarde?
He visto el Sumo Pretender y no es qué parece.
Las ideas generales son generalmente mal.
No podemos ir en así mucho más.
Oh wearisome Afección de humanidad!
A veces no incluso cogen una casualidad de empezar!
La obscuridad es de valorar sólo cuándo tiende para aclarar la experiencia poética.
Diez años de resbalones de rechazo es carácter manera de decirte para parar escritura.
El progreso significa reemplazar una teoría que es mal con uno más sutilmente mal.
Las pistolas sólo leshacen ir realmente realmente rápido.
Vives conmigo, e i contigo, Y serás mi POSSLQ.
Hemos encontrado todas formas de vida en la galaxia son capaces de desarrollo superior.
Los hombres de señoras admiran, he oído, se estremecería en una palabra malvada.
Por qué preyest thou así al corazón del poeta, Buitre, cuyas alas son atenuar realidades?
Y él quién conoce alguien la mujer de cuyo amigo el hermano sabe nada, sabe algo.
Soy SHOPLIFTING?
La vida es una lucha larga en la oscuridad.
Pongo hollín en verrugas.
La perfección es finality.
Primer estudio el enemigo.
En su bung.
Vuestro amor de demandas de la carácter y vuestra felicidad depende encima lo.
Primero decides qué dirección vuestra cuba caliente tendría que afrontar para energía solar máxima.
Puedes ir anywhere quieres si miras serio y llevar un portapapeles.
Cada mañana en África, una gacela despierta arriba.
Cogerás qué mereces.
Le dice para poner más vida a su muriendo.
Detrás de ojos azules.
Antes de que Xerox, cinco carbonos eran la prórroga máxima de cualquiera es ego.
Los dos modelos, aun así, no es compatible en la misma conexión de línea de las comunicaciones.
Un periodista, emocionado sobre su cena, pidió el chef para la receta.
El fútbol es un juego diseñó para mantener coalminers de las calles.
Para salvar una vida sola es mejor que para construir una siete pagoda de historia.
La mente puede ser controlada.
No sólo entré último, estuve pegado en la boca por Perder Congeniality.
Colgando encima en tranquilo desperation es la manera inglesa.
Pieza de pastel!
Así que ves Antonio, por qué preocupación aproximadamente uno poco vertedero de núcleo, eh?
Yo dote en su muy ausencia.
Algunos primal la termita golpeó encima madera.
Contestants Ha sido informado encima algunas cuestiones antes del espectáculo.
La desventaja única veo es que forzaría todo el mundo para coger Perl.
El problema con ingenieros es que tienden para engañar para coger resultados.
Eran sólo el primero no para chocar.
Es ni siquiera cerrar a una ciencia.
El fuerte da arriba y movimiento fuera, mientras el débil da arriba y estancia.
Las personas cortas cogen llovidas encima último.
Para reír en los hombres de sentido es el privilegio de fools.
Banda la mezcla a bolso, dejando para hinchamiento.
Recuerda thee Ay, thou fantasma pobre mientras la memoria aguanta un escaño En este globo distraído.
Los síntomas importantes incluyen adicción a diarios, revistas, y televisión emisiones noticiosas.
Y quizás el caballo aprenderá para cantar.
La vida sin cafeína está estimulando bastante.
Alega para tener verificado esto con testaje minucioso.
El cambio pequeño a menudo puede ser encontrado debajo cojines de escaño.
Había un teléfono te pides.
Naturalmente herramientas de poder y el alcohol no mezclan.
Los bioquímicos piensan que son farmacéuticos.
Tuve otro sueño el otro día aproximadamente críticos de música.
Luchamos sólo cuándo hay no otra elección.
Es de hecho deseable de ser bien descendido, pero la gloria pertenece a nuestros antepasados.
Los ordenadores no de hecho piensan.
Según los avisos de necrología, una persona mala y sin importancia nunca muere.
La ley estatal de Pensilvania prohíbe cantar en el bathtub.
Tiene que hacer con interrumpe.
Ve FASE DE LA LUNA.
Si unas obras de experimento, algo ha ido mal.
Cuándo su obra está hecha, lo elimina.
Nada tiene éxito gusta éxito.
Herrero de Muddle, Masa.
Hast thou Diana arrastrada no de su coche?
Un bug en el código vale dos en la documentación.
Tocaría hooky más.
Dos injusticias no hacen un derechos, pero hacen una excusa buena.
En el reino de observación científica, la suerte está concedida sólo a quienes están preparados.
Normalmente lesacabo antes de que cogen una palabra en.
Los niveles son cruciales.
Somos Microsoft .
El genio es dolor .
Utilicé para pensar era indecisive, pero ahora no soy tan seguro.
Digo esto porque otros sistemas son peores.
Portada con costra superior.
Cuándo lo cogiste, flaunt lo!
Obras muy duro.
Coge incluso con vuestra señora vieja.
Un amigo es un presente te das.
Posees un perro, pero sólo puedes alimentar un gato.
La evitación de impuestos es la búsqueda intelectual única que lleva cualquier recompensa.
Serás exitoso en vuestra obra.
Todo tendría que ser hecho como sencillo como posible, pero no más sencillo.
Programadores viejos nunca dado, sólo acaecen gerente.
Todo los intereses fuertes fácilmente acaecen impersonales, el amor de un trabajo bueno bien hecho.
La alfombra murió, una palma colapsó, El gato mantiene hacer poo.
Vuestro amante nunca deseará dejar te.
Viviendo vuestra vida es una tarea tan difícil, nunca ha sido intentado antes de que.
Ha sido dicho que los físicos están encima uno otro es hombros .
no me gusta cuándo alguien está pudrido.
Y todo que Te deseas el pez singular Es que tú deprisa begonio.
Dennis Ritchie es dos veces tan brillante como Steve Jobs, e injusticia media única.
Puede haber un arsenal de grietas y malware, pero nadie nunca les utiliza.
Dos hombres miraban fuera de las barras de prisión, El otro vio estrellas.
Y quiero dar las gracias a todo el mundo para hacer esta noche necesaria.
Significo, coge serio.
Si tú flaunt lo, espera tenerlo trashed.
No le daba un beso, susurraba en su boca.
Salvar las ballenas.
Qué bueno es un Corro de Káiser sin un poco COLE SLAW en el LADO?
Mucho tiempo vivir nuestra Reina Noble!
El otro tercio está cubierto con auditores de sedes.
El gusano temprano coge el pájaro tardío .
Cuándo la inutilidad sólo no es bastante.
Pasarás fuera muy deprisa.
La libertad empieza cuándo dices Señora
sabes la diferencia entre educación y experiencia?
Te confiáis en pagará por adelantado.
Pienso que tendré unos cuantos más bebidas para preparar yo.
La actividad furiosa es ninguna sustituta para comprensivo.
Vuestras limas ahora están siendo encriptadas y echados al cubo de bit.
Debian Linux es un sólido , producto comprensible, y un placer genuino para utilizar.
Popular para pruebas de la existencia de Dios.
Cualquier cosa es posible, a no ser que no es.
El muelle es aquí, el muelle es aquí, la vida es bolos y vida es cerveza.
La evolución es un millón de ordenador de línea el programa que cae a sitio por accidente.
Acaezco homicidal cuándo las personas intentan razonar conmigo.
Después de sus patas habían sido rotas en un accidente, Señor
Noah decide comprobar arriba en los animales.
Pesa uno tercer de una libra por pies.
Cada cual de estos elementos era material erróneo publicó inadvertently.
Aumento de posesiones para llenar el espacial disponible para su almacenamiento.
Y estuvo ida.
Mantiene fuera de borde.
Insanity Es hereditario.
Mayo las pulgas de mil camellos infestan vuestras axilas.
Qué vemos depende encima principalmente qué buscamos.
Cogía cuatro camisas del vuestro del Bo Peep Limpiadores por equivocación.
Siento parcialmente hidrogenó!
Quienes no saben, charla.
Alea iacta est.
El adverbio siempre sigue el verbo.
Si tengo que poner un huevo para mi país, lo haré.
Un malo mirando el enano echa un cuchillo en ti.
Llamándote estúpido es un insulto a personas estúpidas!
Mi beverage el utensilio experimenta una crisis de volumen.
En corto, mi programa se escribe.
Un día sin sol es como un día sin Anita Bryant.
Y si no ahora, gusta I dunno, quizás gustar cuando?
Venido encima, Marta, crece arriba.
Es hereditario, pero no contagioso.
Esto es el defecto que pone en la teoría que Jack construyó.
La posesión de un libro acaece una sustituta para leerlo.
Quiero una CAMISA NUEVA y una COLA de PONEY con salsa de limón!
La salud dental es luego a salud mental.
Entonces ella correos la película expuesta a un servicio de foto de tasa de corte.
Todas las cosas tienen las ventajas de sus desventajas, y viceversa.
El problema real con cazar los elefantes está llevando los señuelos.
Es el GUISADO PRUNES todavía en el SECADOR de CABELLO?
Serás Dicho aproximadamente él Mañana.
Si los padres sólo se darían cuenta cómo aguantaron sus niños.
Cariz en absoluto aquellos señala que estás perdiendo!
Gozo el tiempo que pasamos juntos.
Si constantemente estás siendo mistreated, estás cooperando con el tratamiento.
Es difícil de legislar moralidad en la ausencia de legisladores morales.
Tipo bueno, No más, Señor
Quienes carve madera en sitio de un carpintero A menudo hiere sus manos.
El más grande son, el más duros pegaron.
La edad combinada del mono y su madre es treinta años.
Pero qué ser huesos que mentira en un agujero?
Cualquier tecnología suficientemente adelantada es indistinguishable de un aparejado demo.
Antes de nuestro muy ojos, el futuro está acaeciendo el pasado.
Cáncer de causas de azúcar sintáctico del punto y coma.
Mantener vuestros ojos de par en par antes de que matrimonio, a medias cerrado después.
El pobre sabe que es dinero .
El éxito es en las mentes de Fools.
comentas en aquel?
La certeza es sólo una emoción.
Tiene que ser encontrada y paró.
Estás perdido en las Ciénagas de Desesperación.
No responsable para typographical errores.
Añadiendo el sonido a películas sería gusta poner pintalabios en el Venus de Milo.
Si vuestra vida era un caballo , lo tendrías que disparar.
Vivo libre o dado.
Siempre recordar que eres único.
Día bueno para un cambio de escena.
La distancia más corta entre cualquier dos puns es una línea recta.
Demasiadas personas están pensando de seguridad en vez de oportunidad.
Ernest pide Frank cuánto tiempo ha sido obrando para la empresa.
Números de ronda son siempre falsos.
Heaven conoce es poco bastante.
Torque Es barato.
Programando un imbedded el sistema pide undiluted furioso maniacal paranoia.
No más blah, blah, blah!
Un amigo de mina tiene un barcode en su brazo.
Pronto olvidarás esto.
La madurez es sólo pausa a escasa en adolescencia.
Es siempre preferible de visitar casa con un amigo.
Los clones son personas dos.
Aun así todavía puedes mermelada, Dover, oh Dover, da la bienvenida a atrás al Laboratorio.
Recibirás un legado cuál te colocará encima querer.
Tuvo ocasional centellea de silencio que hizo su conversación perfectamente deliciosa.
Quienes hacen encontrará rápidamente retribution.
Somos todo temerosos de algo, o sentir limitado en algo.
Siempre cariz sobre vuestro hombro porque todo el mundo está mirando y plotting en contra te.
Pongo contacto lenses en los ojos de mi perro.
Nos asomo superficies únicas, pero es un millón fathoms profundo.
Tocando un unamplified la guitarra eléctrica es como strumming en una mesa de picnic.
Qué bello es thy pies con zapatos, O la hija del príncipe!
Todos los programadores son playwrights y todos los ordenadores son lousy actores.
La cosa única aprendemos de la historia es que aprendemos nada de historia.
Tres puede mantener en secreto, si dos de ellos son muertos.
El tiempo es aquí, deseo eras bello.
Y aquello es qué mantenido el Troglytes en las minas todos estos siglos.
hay no víctimas emocionales, voluntarios únicos.
Todo quieres hacer en Europa es sólo, 'Ninguna manera.
Todas las cosas son posibles, excepto skiing a través de una puerta rotativa.
No elige las flores.
Todos esperan abandona, ye quiénes introducen aquí!
Control vuestro armario por la mañana.
Les está de acuerdo con ahora, salvará tanto tiempo.
Personas en general no de buen grado leídos si tienen cualquier cosa más para divertirles.
Puede imaginas el grandeur y alcance de un programa que tomaría tan mucho tiempo?
Pragmatists Padecerlo.
Vuestro ganso está cocinado.
Hacer vuestras nutrias hacen el shimmy?
Un pájaro en la mano lo hace mucho duro de soplar vuestra nariz.
La mayoría de personas comen como si se engordaban para lonja.
Finalmente el día grande era a mano.
Puedes tan bien dar en y salvar vuestro sanity para más tardío.
Si tan, probablemente tienes el makings de un caso legal excelente.
La trampa de resto en Europa.
Estamos inundando en información pero starved para conocimiento.
La vida qué es unexamined no es el valor que vive.
Hay dos clases de fool.
Los griegos nunca dijeron era dulce de morir para cualquier cosa.
Mucho más exitoso que las personas quién rió en él en instituto.
El licenciado universitario está presentado con un sheepskin para cubrir su desnudez intelectual.
Puesto vuestras manos en vuestras caderas Y estirar vuestras rodillas en estancos.
Utilizaron para ser con los Osos de Chicago.
Había un cariz de tristeza terrible en sus ojos.
Cada empresa que reniega aproximadamente las prácticas empresariales de Microsoft es sencillamente un arbusto de rosa.
El problema con ser pobre es que toma arriba todo vuestro tiempo.
El maestro grabbed el ratón y señalado a un icono.
Maestro magnífico Turing una vez soñó que era una máquina .
Lucha para acaecer un loro o algo.
Unir la marcha para salvar individualidad!
Lo conoce tiene que correr más rápido que el león más rápido o él serán matados.
Mi doctorado es en Literatura, pero parece como un pulso bastante bueno a mí.
Un AMANTE en vuestras armas!
Y todavía, la desgracia peor no es para entender lo que una desgracia es.
El tipo en el izquierdo tiene un Uzi submachine la pistola encubierta en su attache caso.
Para ser quién uno es, no es para ser alguien más.
En la nieve!
La duda es un dolor demasiado solitario de saber aquella fe es su hermano de gemelo .
Los tipos buenos no acaban buenos.
La curiosidad matada el gato, pero la satisfacción le trajo atrás.
El odds es un millón a uno contra vuestro ser uno en un millón.
Naturalmente puede ser escrito en Perl.
El segundo, un truco.
Pienso que coges mi drift.
Las cosas la mayoría de lectura de valor es precisamente los que desafiar nuestras condenas.
Pena para uso privado.
Cuánta obra neta podría una obra de red, si una red podría obra neta?
Pero el único uno aquello preserva ambos lados.
Todas las latas miran idénticas.
He fasted, sido celibate y las noches despiertas quedadas que buscan ilustración.
Fuera de la vista es fuera de mente.
Una memoria buena no tinta pálida igual.
Un hueso de rodamiento reúne momento.
Si no te gusta, puedes trozo él.
Requiere que ya posees un DOS Cerveza.
El primer actuado en Sydney en Australia.
Encuentras un RELOJ DIGITAL en VUESTRA caja de VELVEETA?
ye tanto comer vuestro pastel y tener vuestro pastel?
Me doy una pausa.
Tout choses sont dites deja, mais comme personne n'ecoute, il faut toujours recommencer.
Sentirás famélico otra vez en otra hora.
No tienen sexuales hangups.
En amor romántico quieres la otra persona.
Si no puedes decir cualquier cosa bueno, dice nada en absoluto.
Puse en strobe luces en cambio!
Él ahora antes de que olvidas.
Me pregunto si BOB GUCCIONE tiene estos problemas!
El chiste que mata.
Sólo no quiero ser allí cuándo pasa.
Para uso interno sólo.
Y no tiene que ser allí.
Hablo como un experto en explosivos.
Policía arriba de vuestras rondas de sobra y frags.
Signo aquí sin admitir guilt.
Lo que thou wilt será la totalidad de la Ley.
Si vas a andar en hielo delgado, puedes también baile.
El chico estado en la cubierta en llamas, Comiendo cacahuetes por el peck.
Todo pido de la vida es un sentido constante y exagerado de mi importancia propia.
Una religión de esclavos.
Aquella sensación sólo vino encima me.
Si dice su cuento encima cámara, podrías escuchar.
Pero entonces sólo tomo un respiro profundo y olvidarlo.
Quiero hacer el latino Hustle ahora!
De un punto seguro onward hay ya no cualquier torneado atrás.
Sin seguidores, el mal puede no extendido.
Paseo suavemente y llevar un megawatt láser.
La madre es lejos demasiado lista de entender cualquier cosa no le gusta.
Porque era mi enemigo , pensó él 'lista, quizás, No otra razón por qué.
Puedes hacer este en un número de maneras.
Oh Querido, pareces para tener cogido tú asesinado, también.
Yo no él para el dinero.
Leído lo instantáneamente.
también ha habido alguna obra para dejar el uso interesante de macro nombres.
Unos cuantos tiempo tenemos éxito.
La vaca huida con shock.
Pienso que soy esquizofrénico.
Supone que todos de estos caballos son el mismo color.
Ningún traslado emitió hasta el autobús viene a una parón completa.
La complejidad de software es una hacienda esencial, no un accidental un.
Algunos no prefieren la búsqueda de felicidad a la felicidad de búsqueda.
Memos Es invariable illegible, excepto las porciones que atributo fallos recientes a alguien más.
Noone Nunca construyó una estatua a un crítico.
No creemos en reumatismo y amor cierto hasta que después del primer ataque.
Qué causas la muerte misteriosa de todo el mundo?
Hay futuro muy pequeño en ser bien cuándo vuestro jefe es mal.
Él quién lo practica tendrá vecinos.
Es la cosa única .
Seres humanos diferentes, quiénes les gozan.
Serás exitoso enamorado.
Hodie natus est radici frater.
Exterior de un perro, un libro es un hombre amigo mejor.
La manera del mundo es para alabar santos muertos y prosecute vivos unos.
Todos diseñadores de lengua son arrogantes.
Acepto caos.
Diety Es Eloping A Yokohama.
Marcas un heck de mucho.
Sigue siendo libre!
Delusions Es a menudo funcional.
Cuándo conocimiento de carencia de los usuarios y deseo, la gestión no intentará interferir.
Cualesquier cosas de tiempo parecen para ser yendo mejores, has pasado por alto algo.
Un optimista es un hombre quién queda a la espera de su respuesta matrimonio.
Científicos de ordenador real sólo escriben specs para lenguas que podría correr en hardware futuro.
Aseguramos nuestros amigos no por aceptar favores pero por hacerles.
Cualquier cosa puedo pry arriba no es clavado abajo.
Somos Microsoft .
hay sólo una solución, dice.
Un fallo no parecerá hasta una unidad ha pasado inspección final.
Baso mi gusto de moda encima qué no escozor.
Temo la carencia de ellos.
Tendríamos que tener un Vollyballocracy.
El postre quiere está contenido dentro el vuestro.
De todos los buzos, thou ha buceado el más profundo.
Ningún cambio en gestión le puede hacer daño.
Las personas bastante sensatos para dar el consejo bueno es normalmente bastante sensato para dar ninguno.
Pide sobre el mercado de valores y dinero efectivo en.
Látigo él, criatura.
Cómo allí puede ser un edificio, aquello no tiene ningún piso?
Más de todo nunca es para tener nacido.
Escribiendo el verso libre es gusta tocar tenis con el neto abajo.
Paul lo leyó, así que le pide qué dijo.
No está todavía para largo, y nunca está aburriendo.
Un hombre no sería capaz de identificar la mayoría de estos elementos.
Te puedo dar mi palabra, pero sé qué vale y tú no.
Las personas son siempre disponibles para obrar antiguamente tenso.
Esta cerveza nunca realmente vendido muy bien porque el fabricante original no entendió marketing.
Elegí arriba de un tomate tan grande sentó en la tierra.
Marca su entero y bello, obra de sol a sol.
Ningún Núm. de Servicio del Lector
Efectos Especiales por Timothy Leary.
Por qué eres tan duro de ignorar?
Tal hombre esperaría Sears para reunir un lawnmower.
Cariz en la luna!
Algunos de las marcas mencionaron en este producto parece para propósitos de identificación sólo.
El maduro bohemian es uno cuya mujer obra tiempo lleno.
Es es hacer.
En otro sitio y tiempo yo él todo para emociones.
Puedes coger una oportunidad para adelanto hoy.
Impuesto de ventas aplica.
Alguien está hablando bien de ti.
A este día el Topologists quedar los Matemáticos originales.
Cada usuario nuevo de un sistema nuevo uncovers una clase nueva de bugs.
Es Señor
Unas marcas de profeta listas seguro del caso primero.
Otros animales tienen que ferozmente lucha para su sustenance, como castores, topos y hormigas.
Arañazo un amante y encontrar un enemigo!
El menos unas cantidades de estadista a, el más quiere la bandera.
Vuestro negocio asumirá proporciones vastas.
Cuándo el afecto ES la diversión , ya no lollamamos datando.
Todos estos sitios tuvieron sus momentos Con amantes y amigos todavía retiro.
Woe Soy!
MacDonald viejo tuvo un impuesto de inmueble agrícola abatement.
El gent quién despierta arriba y se encuentra un éxito no ha sido dormido.
Un justo exterior es una recomendación silenciosa.
Una televisión cameraman thwarted Señor
Entonces afeitarán fuera todo cabello del heifer cola, y engrasar la cola.
Para vuestra penitencia, dice cinco Avemarías y uno fuerte BLAH!
Después de todo, la red existe para darte una audiencia.
Las ideas verdes incoloras duermen furiosamente.
Y tan, debido a su popularidad en estas lonjas, lo apoyamos.
Para no hay nada tan atrevido como la ignorancia.
Quizás dirige a cielo, o un emparedado!
Complacer perdonarme.
A Mis olores de alfombra les gusta la meada, y no tengo un gato.
Piensas que Mary Jane es alguien es nombre ?
Una vez el dentífrico es fuera del tubo, es duro de cogerlo atrás en.
Marca seguro vuestro código nada agraciadamente.
La mayoría de seminarios tienen un final feliz.
Murphy era un optimista .
La innovación es dura de planificar.
Oye sobre la mujer china joven quién sólo ganó la lotería?
Esto no es hablado en el documento de protocolo.
New Jersey tuvo primera elección.
La vida es la niñez de nuestra inmortalidad.
Cómo untasteful puede coges?
Control el ron otra vez.
Los programadores reales no comen quiche.
Moscas de fruta como un plátano.
Hacer las personas teconocen ha freckles en todas partes?
La vida es llena de conceptos que es mal definió.
Heuristics Es el bug montado por definición.
Piensa por infección, cogiendo una opinión como un frío.
La aritmética está siendo capaz de contar hasta veinte sin tomar de vuestros zapatos.
Estuve disparado a mitad de camino entre el fracas y el naval.
Me vierto una cerveza.
Para ser intoxicado es para sentir sofisticado pero no ser capaz de decirlo.
Continúa keepin' encima.
Ahora estoy empezando para creerlo.
El odio es gusta ácido.
Su monitor pierde tan totalmente!
Perdón me mientras río.
Estoy cambiando mi nombre a Chrysler, estoy encabezando para aquel sumo recibiendo línea.
Del speck en aquel trébol sus voces estuvieron oídas!
Sintiendo muy smug, continué expandir mi hipótesis.
En mi experiencia la mayoría de ellos es basura.
Dónde eres yendo?
La venganza es una forma de morriña.
I impulso mi disco junto al procesador.
Una puntada a tiempo ahorra ciento.
Compra tan mucho como necesitas.
Qué un juego extraño.
Wharbat darbid yarbou sarbay?
Si una cosa vale tener, vale engañar para.
La cena está a punto cuándo la alarma de humo va fuera.
Bien, tú degenerates!
El patito feo que ataca atrás, y decidirá su destino.
Un sueño siempre triunfará encima realidad, una vez está dado la casualidad .
Pensamiento de oneself da poca felicidad.
Va Casa y Preparar Thyself.
Somos vive o encima cinta?
La experiencia varía directamente con el equipamiento arruinó.
Protege de ligero.
Incluso Feghoot podría no consola les.
Nada es pero qué no es.
El psicoanálisis es que enfermedad mental para qué se considera una terapia.
Dónde coge un coche nuevo cada semana?
Era el onliest el boxeador en personas de historia pidió preguntas como un senador.
Deja preocuparse sobre vuestra salud.
Tengo un mapa de los Estados Unidos.
No saben cómo el mundo es shaped.
Después de Goliath derrota, los gigantes cesaron para mandar respeto.
A menudo acompañado por una creencia fuerte en el hada de diente.
No puedes matar tiempo sin herir eternidad.
Pooh Saludó con la cabeza thoughtfully.
Hay hombres de cosas seguras tiene que hacer para quedar hombres.
Entonces está acabado.
Pero los abogados no nos dan ley.
Eres seguro la puerta posterior está cerrada?
El problema con oportunidad es que siempre viene disfrazado tan trabajo duro.
Te tienes visto el cámara japonés más tardío?
Un formal parsing el algoritmo tiene que no siempre ser utilizado.
Un hombre bueno siempre sabe sus limitaciones.
Hace un billón de horas el hombre no había andado todavía encima tierra.
La confesión es bien para el alma, pero malo para la carrera.
Cleanliness Acaece más importante cuándo godliness probablemente no puede.
Espacial dice asunto cómo para mover y el asunto dice espacial cómo para torcer.
Por qué no probarlo, y ver cómo ofendido eres?
No que me habría preocupado normalmente pero mi punto de vista estuvo sesgado.
Estas declaraciones no han sido evaluadas por el Alimentarios y Administración de Droga.
Probablemente tendría fumar le hizo sentir enfermo.
Los Cardenales recularon abajo y tocó.
La vista repentina de mí causa pánico en las calles.
Mantener el número de pases en un compilador a un mínimo.
Para ser es para ser narrado.
Pintura azul hoy.
Quiere concurso me?
En amor real quieres la otra persona bueno.
La vejez tiene siempre quince años que soy.
Cómo explicas el PODER de Wayne Newton sobre millones?
Era sincero en todo dije.
Sauron Es vivo en Argentina!
Liberty es siempre peligrosa, pero es la cosa más segura tenemos.
El amigo mejor de una chica es su murmurar.
Sam y Janet.
Una medida cabe todo.
Pero espera, también calcula la obra hecha en Joules, Ergs, y, sí, incluso BTU es.
Te puede hacer brote en coleccionistas de impuesto y perder.
Teniendo el fewest quiere, soy más cercano a los dioses.
Algunos la evidencia coyuntural es muy fuerte, como cuando encuentras una trucha en la leche.
La paranoia es sencillamente una perspectiva optimista encima vida.
El juez, Señor
le olvido otras calidades.
Si has no ya oyó la analogía, la respuesta está destrozando.
Lo utiliza para calcular fuerzas, velocidades, cubicajes, y virtualmente cualesquier componentes de vector.
Complacer enlighten me.
Como Minimalismo japonés, Armanism refleja una necesidad interior profunda para control.
El amor es qué has sido a través de con alguien.
Positivamente no fumar.
Bebiendo café para relajación de instante?
Preocupándose para cada otro, siendo feliz con cada otro, siendo bueno a cada cual otro.
Inteligencia de decrecimiento de humanidad.
Siendo esquizofrénico es mejor que viviendo sólo.
Dónde era Xerox y Manzana cuando Microsoft inventó el GUI?
Un amigo real es alguien puedes utilizar encima y encima otra vez.
Los niños son opcionales.
Es el ganso rabid o algo?
Los niños de todo Dios no son bello.
Podría le he pedido para coger bajo mi paraguas sin parecer insultando?
Una amalgama atroz de carnage y carnalidad!
Martes Después de que la comida es el tiempo cósmico de la semana.
Nunca he ido a piezas sobre el fin de semana.
Qué no sabes te puede doler, sólo no lo conocerás.
Podemos encarnar la verdad, pero no lo podemos conocer.
Porque el vino recuerda.
El dios ayuda el troubadour quién intenta ser una estrella.
Prueba valorar calidades útiles en uno quién te quieres.
Bliss Y mujer?
Serás premiado para un dastardly acción.
Y el querer De pensó es muerte, no Soy I Una mosca como thee?
Qué Acaecemos es nuestro regalo a Dios.
Ha Habido una poca aflicción vendiendo en la bolsa de valores.
La acción química él entails es menos valor analizando que gozando.
Te Mejor no llorar!
Massachusetts tiene el dinero de políticos mejor puede comprar.
La virtud es su castigo propio .
A nuestro sweethearts y mujeres.
Un LEÓN en vuestro regazo!
Ha Habido un día caliente en diciembre y una luna azul.
Este tiempo mañana serás muerto.
Sus letras numerosas y las consultas siguieron sin respuesta.
Aceptando este trae ilustración, Ignorando este trae misery.
Allí sentó su amante con un niño en su regazo!
Oh frabjous Día!
De qué he probado de deseo I control con quienes fuego de favor.
Las personas de Gideon han siempre creyó que la vida es sagrada.
Dónde es vuestra casa?
Es un tatuaje real, como un curb o un acorazado?
Bill Dickey está aprendiéndome su experiencia.
Allí pero para la gracia de Dios, va Dios.
Aquello era el juego más grande tuvimos.
Un bueno scapegoat es duro de encontrar.
EL habla libre Es El Derecho de Gritar 'Teatro' En Un Fuego Llenado.
Berkeley está dedicada a café, angustia, baches y café.
Nadie verá el material otra vez.
El tiempo es la cosa más valiosa un hombre puede pasar.
La pobreza tiene que tener sus satisfacciones, más no habría tantas personas pobres.
Cogiendo al problema es fácil.
Todas las generalizaciones son falsas, incluyendo este un.
Nosotros todos acuerdan en el necessity de compromise.
Esto es la clase de inglés arriba con qué I no puesto.
Para reservas, llamada vuestro agente de viaje.
Patrick y ver todas aquellas culebras otra vez.
Prefieres la empresa del sexo opuesto, pero es bien gustado por vuestro propio.
Cogíamos vecinos !
Vivo en un mundo de vuestro propio, pero siempre visitantes bienvenidos.
Miro en vida como siendo director de crucero en el Titánico.
Pasan para ser colored.
La verdad hablas tiene no pasado y ningún futuro.
Qué ellos realmente el odio es lousy programadores.
Esto es cómo yo viste cuándo voy para obrar.
La ciencia es el árbol de muerte.
La justicia militar es a justicia lo que la música militar es a música.
Hizo un OPERADOR de GRÚA italiano sólo experimenta uninhibited sensations en un MALIBU CUBA CALIENTE?
Lejos duller que el diente de una serpiente es para pasar una juventud tranquila.
Hay dos músicos de jazz quiénes son sumos buddies.
Nuestro estilo para moda está equilibrado por un respeto sano para factores de frío del viento.
O wondrous Web de misterio!
Un nuevo chef de India estuvo disparada una semana después de empezar el trabajo.
Ayuno vivo, el dado joven, y dejar un bueno mirando cadáver.
Ahora África es llena de juego grande.
Es esta diversión TERMINAL?
Los caballos de todo el rey, Y los hombres de todo el rey, había revuelto de huevo para almuerzo otra vez!
Cerrado fuera motor antes de alimentar.
Unir el ejército, ver el mundo, cumple interesar, entusiasmando personas, y matarles.
Son delicados y la acción coge dura, así que reloj fuera!
De donde el sol ahora estands, lucharé no más.
Ningún sistema operativo puede ser considerado respetable sin uno.
Cojo gordo.
Prometemos relevar tú de la carga de vuestro potencial sumo.
Fueron apresurarse abajo que autopista, Messed alrededor y cogió perdido.
Dejado me ir upstairs y control.
El Predicador, el Político, el Profesor, Era cada cual de ellos una vez un kiddie.
Primer tan a habla.
Era muy tonto.
Muerte de miedo de las personas porque la muerte es un instrumento de destino.
Los días sólo con anterioridad al matrimonio es como un snappy introducción a un libro tedioso.
Ahora está ido.
Qué sane la persona podría vivir en este mundial y no ser loco?
Abierto para inspección.
La voz pasiva nunca tendría que ser utilizada.
no hay ninguna regla que dice cogían para preocuparse.
Me gusta mannish niños.
Todo verde y wrinkled.
Darth Vader Sueños con un Teddywookie.
Somos corriendo luz con overbyte?
Un hombre de AI andado a través de las montañas para NAVEGAR para ver el Maestro, Knuth.
Comprar un tanque.
Programas de ordenador expanden con objeto de llenar el núcleo disponible.
Corinth Era una ciudad comercial, interesado en puramente materialistic cosas.
Entonces cogeríamos crucified por la mañana.
La vejez es el más inesperado de cosas que puede pasar a un hombre.
no Me gusta la idea de una rana que salta en mi Almuerzo.
Pertenece más al conjunto de problema que el conjunto de solución.
Yo gotta decirte, soy jamming arriba aquí todos los días.
El amor y el escándalo son los endulzantes mejores de té.
El hombre quién nunca ha sido flogged nunca ha sido enseñado.
Además una basuranueva, experimental algoritmo de colección ha sido instalado.
Tienes un agradecimiento profundo de las artes y música.
Neurotics Castillos de complexión en el cielo, Psychotics vivo en ellos, Y los psiquiatras recogen el alquiler.
Puro drivel tiende para conducir normal drivel de la pantalla de televisión.
Esta declaración sola tomó el mundo científico por tormenta.
Someday Vuestras huellas vendrán.
Gozas la empresa de otras personas.
Cuándo aceptas esto El mundo flourish, En armonía con carácter.
Bien empezado es a medias hecho.
Estos son el inheritors del Universo!
Por el bien de riña ignoraré todo vuestras palabras de luchar.
Cuándo unos tirones de político en su oreja, no es lying.
Piensa de todo el starving niños en India.
Cojo nauseous de demasiado patinaje de rodillo.
Primera regla de público hablando.
Con Julie Christie.
Es el negocio de mentes pequeñas para encoger.
Si eres sincero porque la honradez es la póliza mejor , vuestra honradez es corrupta.
Para hay momentos cuándo uno tampoco puede pensar ni sentir.
Ningún snowflake en un alud nunca siente responsable.
Uno pensó que la casa conducida es mejor que tres dejó encima base.
Normalmente abreviado a FROB.
Por tanto acaece muy importante para la regla upholders para traer tal arrogancia abajo.
El dinero es mejor que pobreza, si sólo para razones financieras.
Para ver es a sympathize.
Recuerda es el mensaje que cuentas, no la manera está presentado.
Soy spitting fuera toda la amargura, Junto con medio de mi última bebida.
Decorar vuestra casa.
Si te quieres arruinar, casar una mujer rica.
Después de vivir en Nueva York, confías en nadie, pero crees todo.
Si vuestros padres no tuvieron cualesquier niños, tampoco tú.
Habla suavemente y poseer un grande, malo Doberman.
La mayoría de personas pueden hacer sin el essentials, pero no sin los lujos.
Puede cualquier cosa ser más triste que la obra dejó inacabada?
De todas maneras, cualesquier restricciones la licencia impone todavía existir.
Quizás la informática tendría que ser en la Universidad de Teología.
La intolerancia es la última defensa del insecure.
Frecuentemente consideró una carrera de satisfacer elección por quienes haber nunca aguantó uno.
Serás dado un poste de confianza y responsabilidad.
No es siempre un sacrificio fácil.
Quizás podría realmente ha amounted a algo como café achiever.
Los corazones nunca serán prácticos hasta que pueden ser hechos unbreakable.
Tú nunca cantidad a mucho.
Los anuncios contienen las verdades únicas para ser confiadas encima en un diario.
Y sólo estoy regresado a wag la cola.
Las mujeres loquieren!
Demanda el establecimiento del gobierno en su rightful casa en Disneyland.
Uno puede no lógicamente ser un determinist en físicas y biología, y un místicos en psicología.
El tipo encima me diseña sintético hairballs para gatos cerámicos.
Cariz en él.
Vivimos en tiempo interesante.
Si piensas que el sistema está obrando, pide alguien quién es esperando a un puntual.
Menciono que la motor era cinco pies tres, delgado, y básicamente meek?
Qué marcas piensas que escuela de licenciado está supuesta para ser satisfaciendo?
El matrimonio es la aventura única abre al cobarde.
El ordenador no te puede decir la historia emocional.
Entonces compilo el programa.
Nada recedes gusta éxito.
Cómo arte thou, thou globby bote de barato apestando óleo de chip?
Y era I quién forzó vuestro mistress para dejar la ciudad.
Hace años trabajos importantes para venir.
Los peces tienen aletas.
El signo más seguro que un hombre es enamorado es cuándo divorcia su mujer.
El audio archiva deafen la oreja.
Cómo es el mundial reglado, y qué hacer inicio de guerras?
La biología es la ciencia única en qué multiplicación significa la misma cosa como reparto.
Espero no cojo atropellado otra vez.
Siempre puedes elegir arriba de vuestra aguja y movimiento a otro surco.
Utilizaron física aplicada.
Pero tengo una la mayoría de piel espléndida de uno de Pharoah ganado propio.
La crisis pasó.
No tienes que pensar demasiado duro cuándo hablas a profesores.
Engancho mi cuello fuera para nadie.
Nadie más en la ciudad podría competir con las tasas de pastel de las tías de Penn.
Espero que noone tiene objeciones.
El rebelarse el ejército estuvo captado en su manera a través de las montañas.
Aquello no computa.
San Francisco siempre ha sido mi favorito abucheando ciudad.
Y ahora que tenemos un inicio de jefa real, nunca nos cogerás!
En la caridad allí es no sobrante.
Un sacerdote asesoró Voltaire en su cama de muerte para renunciar el diablo.
Subir la montaña sólo un pequeño de probar es una montaña .
Mejor viviendo un mendigo que enterró un emperador.
Conduzco y paseo.
Lo dejó muerto, y tomó su jefa, Venido a mis armas, mi beamish chico!
Vertí algo remover en mi perro.
Mejor de ser nouveau que nunca a ha sido riche en absoluto.
Tiene un día bueno.
Entonces me chuto y me dejo para muerto.
He sacrificado tiempo, salud, y fortuna, en el deseo de completar estos Motores de Calcular.
Si piensas antes de que hablas el otro tipo coge su chiste en primero.
Nadie dijo una palabra.
En aquel pleito, perderás.
Hombre nunca mosca.
Así que les envié dos martillos y un escaño de lavabo.
Si el tiempo es extremadamente bien, iglesia attendance será abajo.
Cuándo Batman luchado el Pingüino, ganó.
Pensé que reconocí vuestro asqueroso stench cuándo estuve traído a bordo.
Dos es empresa, tres es una orgía.
Ilustración El enlightened posee entender Tan profundo no pueden ser entendidos.
La cosa principal es el juego él.
Ahora eres feliz?
El primer día disparé dos bucks.
Muestra el ron otra vez, comprobando para toncisticity.
La vida siendo qué es, un sueños de venganza.
Cualquier cosa aquello es bueno y útil está hecho de chocolate.
Aquello es la razón que hace tantos de ellos.
Huelo un wumpus.
Pero él quién conoce sabe nada sabe algo.
No parece demasiado ser de uso cualquier cosa más.
Ruth hizo una equivocación suma cuándo dio arriba de pitching.
Veo terremotos y lightnin' veo tiempo malo hoy.
El movimiento de fin en políticas es siempre para elegir arriba de una pistola.
Nadia Comaneci, perfección sencilla.
La disponibilidad está limitada.
Eudaemonic La búsqueda procedida con la manía casual extraña a esta parte del mundo.
Una cifra con las curvas siempre ofrece ángulos interesantes muchísimos.
Si piensas que nadie se preocupa si eres vivo, prueba perder un par de pagos automovilísticos.
Somos el defiende de consulta, investigación, y pensó.
Posees una mente no meramente torcido, pero de hecho sprained.
La señora joven tuvo una lista inusual, Enlazado en separar a una debilidad estructural.
Una verdad aquello está dicho con malo intent Latidos todas las mentiras puedes inventar.
Los usuarios reales nunca utilizan el tono de Ayuda.
Tienes talento literario que te tendría que tomar dolores para desarrollar.
Si pusiste tomfoolery a un ordenador, nada sale pero tomfoolery.
Los economistas ciertamente te pueden decepcionar.
hay no absoluto continuums.
Todo el mundo es alguien más weirdo.
La vergüenza es una emoción impropia inventado por pietists a oppress la raza humana.
Y el tercio es insignificancia , Por cuál encuentra influencia.
La transparencia es vana.
te gusta, por una vez, no para expresar una sensación?
Si no pueden entender, no pueden discrepar.
Mi ne komprenas.
Las mujeres reniegan aproximadamente sexo más de hombres.
Los verbos tienen que estar de acuerdo con sus temas.
Deprisa turno del ordenador y ser seguro para decir vuestra mamá!
Si jeunesse savait, si vieillesse pouvait.
La parsimonia sólo discute en contra invocando alcoholes, demonios, o extraterrestrials cuándo las causas naturales bastarán.
El programa de chat es en público ámbito.
Este restaurante anunciaba almuerzo cualquier tiempo.
Consumir un quinto de CHIVAS REGIO, DESNUDO de esquí abajo MT.
Los psicólogos piensan que son psicólogos experimentales.
Podría haber una ley en contra él por aquel tiempo.
Adelante factor de urdimbre un, Señor
A veces un cigarro es sólo un cigarro.
Los físicos piensan que son físicos teóricos.
Depresión oscura profunda, excesivo misery.
Complacer quedar sentado hasta el paseo ha venido a una parón completa.
Confío en el primer león cumple hará su deber.
El tiempo es derecho de hacer amigos nuevos.
Si eres un árbol .
Si no fue tan tibio fuera hoy, sería más fresco.
Nunca revelar vuestra riña mejor.
La persona de vislumbrar es siempre en una desventaja.
El buscar el perfecto martini es un fraude.
En otras palabras,, eschew obfuscation.
Los niños empiezan por amorosos sus padres.
Gusto ser solo.
Para evitar sobrecargar y burnout, mantiene estrés fuera de vuestra vida.
Voy en laborable para la misma razón una gallina continúa en poner huevos.
No caeré!
Puede voy ahora?
Somos rigió no por ejércitos y policía pero por ideas.
Puedes decir los ideales de una nación por sus anuncios.
El cazador de pato entrenó su retriever para andar encima agua.
Para cada acción, hay una crítica igual y opuesta.
Resultó que el gusano explotó tres o cuatro agujeros diferentes en el sistema.
Vuestro jefe es unos cuantos emparedados corto de un picnic.
Tengo que complexión X uphill ambas maneras!
Tacto el stained vaso con vuestra mejilla, Y sentir su frío a vuestra sangre.
Y si uno tampoco puede pensar ni sentir, pensó, dónde es uno?
No un juguete de vuelo.
Come bebida y ser alegre, para mañana lo pueden hacer ilegales.
Dejado vuestro conscience ser vuestra guía.
Noviazgo a matrimonio, como muy witty prólogo a un muy atenuar juego.
Para ser una clase de Unix moral, tocó el dobladillo del turno de la carácter.
Esta fortuna intencionadamente dice nada.
En la carretera, ZIPPY es un pinhead sin ningún propósito, pero nunca sin un PUNTO.
Es especialmente bien hoy.
El Macintosh es Xerox tecnología en su mejor.
Quieres ayuda en la auditoría ahora?
También buscar una aguja en un bote de heno.
Normalmente toma más de tres semanas para preparar un bueno impromptu habla.
Él torres por encima de su competición como un gigante entre enanos.
Diseños de prototipo siempre obra.
La página de frente tiene nada pero los fallos del hombre.
Cuándo el yendo coge extraño, el turno extraño pro.
Personas quiénes rompen la ley es tipos sensatos .
La monogamia es igual.
Nos disculpamos para la inconveniencia, pero todavía nos gustaría yout para probar fuera de este kernel.
Nunca cumplí una pieza de chocolate no me gustó.
Los niños no son felices sin algo para ignorar, Y aquello es lo que los padres estuvieron creados para.
Gusta mentira en el sol y sueño.
La mayoría de nuestras vidas aproximadamente están probando algo, tampoco a nosotros o a alguien más.
Escudos de deflector sólo vinieron encima, Capitán.
Esto ha sido planeado para algún tiempo.
La revolución no será televisada.
Recuerdo mi primera cerveza.
Todo aquello puede ser inventado ha sido inventado.
La persona quién está tomándote a la comida no tiene ninguna intención de pagar.
Ellos adoración nos y siempre está molestándonos para hacer algo para ellos.
Debajo capitalismo, hombre de proezas del hombre.
Tiempo como crece viejo teaches todas las cosas.
Así el río es el maestro del valle.
Si tienes nada para hacer, no él aquí.
Un couch es tan bien como silla.
Quién te invitaste?
O La señora clara!
Siento gusta estoy hablando a un void.
Somos no hombres?
Earl ha puesto un récord nuevo.
Ahora estoy ganado.
Dos hombres vinieron antes Nasrudin cuándo era magistrado .
Puede contener tuercas.
Hoy es el primer día del resto de vuestra vida.
Para producir flowcharts sin objeto particular en mente.
Lo chuté joven.
Un Dios pedido pesimista para alivio.
Para el individual quién es muy seguro.
Tuvieron que regresar vacíos entregó.
Es normalmente más grande, y tiene más culebras tattooed encima lo.
Dora por asociación.
El kernel probado para acceder algunos página mala.
Ahora finalmente puedo explicar a todo el mundo por qué yo esto.
La raza humana nunca soluciona cualquiera de sus problemas.
Teniendo el código de fuente significa que no somos el rehén aguantado por cualquiera es departamento de apoyo.
Muchos un árbol familiar necesita trimming.
Prueba mantener cosas directamente.
Los premios son para niños.
Tienes nada para perder pero vuestras yemas.
La menos planificación de tiempo, la más programación de tiempo.
Un día sin sol es gusta noche.
El hecho que obra es inmaterial.
Si establecerías armonía, la compasión tiene que rodear te gusta una fortaleza.
Contaminación de aire es realmente haciéndonos paga a través de la nariz.
Aplomando las profundidades de incompetencia humana.
En general, bastante sería en Filadelfia.
Cuándo haces vuestra marca en el mundo, reloj fuera para tipos con erasers.
Eres scrupulously sincero, franco, y sincero.
Antes del fin del verano, cuatro más los adolescentes han desaparecido.
Por qué me tomo a medias una hora?
Te deja para beber varios DOS Cervezas simultáneamente.
Las personas son incondicionalmente guaranteed para ser llenos de defectos.
El rico y poderoso sabe que es.
Los rusos son rojos.
Mayo Euell Gibbons comer vuestra copia única del manual!
Si deseas ser feliz para siempre, aprende para pescar.
Lo toma seriamente.
Los tipos buenos acaban último.
Cariz antes de ye salto.
Mate Crawford las llamas son libres.
Capital de Japón?
La diplomacia es la arte de dejar la otra fiesta tiene cosas vuestra manera.
Sólo un sumo grande chunk en vuestra muñeca.
Hacía donuts y ahora soy en un autobús!
Esta forma rara es normalmente abreviada a FROTZ, o más generalmente a FROB.
El hombre estirado fuera de su cartera y dio el Alcaide de Juego una licencia de pesca válida.
Una voz, sweetened y sostenido, llamado a él del mar.
Así que decidí coger tan crudo como posible.
Porque dije tan.
La vida sería tanto más fácil si podríamos sólo cariz en el código de fuente.
Lo encuentro difícil de mantener arriba.
Observa yon plumado bípedo bien.
La vida es al revés.
Uno el turno bueno merece otro.
Estás leyendo una letra cuál te traerá suerte y fortuna buena.
Allí viene un tiempo para parar que es enojado.
Qué es esta ley?
Paseos de Disco revolucionario van 'ronda y 'ronda.
Bajo el arc del cielo son unsafe.
Esto no es realmente una llama, sólo una observación casual.
Control una vela a la noche, Y ver la oscuridad dobla la llama.
La vida existe para ningún propósito sabido.
Realmente no tenemos cualesquier enemigos.
El negocio será cualquier mejor o peor.
No es su es.
Siempre cerveza de tienda en un sitio oscuro.
Una vez allí vivió un pueblo de criaturas a lo largo del fondo de un río de cristal sumo.
Qué significa si no hay ninguna fortuna para ti?
Un padre no destruye sus niños.
Como resultado, la gerente retuvo su trabajo.
Alquiler el moralmente minusválido.
Un teórico de codificación es alguien quién no piensa Alice es loca.
Prueba rescindir la conversación tan pronto como sea posible.
Dejado él quién toma el sumergir recordar para regresar él por martes.
Helens Tendría que haber utilizado control de tierra.
Las cuestiones más sencillas son el más profundos.
Como señalado fuera en un followup, Real Perl los programadores prefieren cosas para ser visually distintos.
Inmersión el azúcar varios tiempo en el líquido hasta que es todo disolvió.
El amigo mejor de un hombre es su dogma.
Sólo porque es muerto es ninguna razón para poner fuera obra.
Demasiado temprano visto desconocido, y sabido demasiado tarde!
La mayoría de personas escucharán a vuestro unreasonable demandas, si considerarás su oferta inaceptable.
Quieren el océano sin el rugido de sus muchas aguas.
La marca de vuestra ignorancia es la profundidad de vuestra creencia en injusticia y tragedia.
No puedo leer o escribir.
De vez en cuando un hombre inocente está enviado a la legislatura.
Si no tuvieron bugs, entonces serían algoritmos .
Sus historias son más cortas.
La gravedad me traigo abajo.
Unas velocidades de cuento sinceras más siendo plainly dijo.
Si al principio no tienes éxito, estás corriendo sobre mediano.
Soy acompañó por un PADRE o GUARDIÁN?
La cosa única tienes que miedo.
Parece un día decidió parar en abajo para algún hígado fresco.
Si pasa más de dos veces, es una filosofía de diseño .
Para suyo es una fuerza nata de cosas otro que fuerza mera.
hay no carretera real a geometría.
Cuándo los jefes hablan aproximadamente mejorando productividad, nunca están hablando aproximadamente ellos.
Quod licet Iovi No licet bovi.
Los Congresistas nuevos dicen que van a girar el gobierno alrededor.
Viajando a través de Inglaterra Nueva, un automovilista parado para gasista en un pueblo minúsculo.
Sólo comí un envase entero de Tart Dulce y un puede de Coque.
Sus resultados de condena de algo más profundo que agradecimiento mero para las comodidades del ordenador.
El nucleophile así ataque, El núcleo de carbono.
Por qué es los programadores rebeldes?
El ferrocarril no corre no más.
Pero es permisible de hacer un juicio después de que has examinado la evidencia.
Bienvenido a un club muy pequeño.
Nadie quiere guerra.
Quiero perros, pero odio Chihuahuas.
Pero los dos programadores quedaron amigos hasta el fin de sus días.
El mérito sumo de sociedad es para hacer uno aprecia soledad.
Lo toca seguro.
Los alcoholes sumos siempre han encontrado oposición violenta de mentes mediocres.
Un debate público serio sobre la validez de astrología?
Otros megabytes el polvo.
Neronic doodling Mientras las quemaduras de sistema.
El pastel es ronda .
El enfrentamiento de ideas es el sonido de libertad.
no puede haber una crisis la semana que viene.
Por qué hace New Jersey tiene residuos más tóxicos los vertederos y La California tienen más abogados?
Hace un vínculo, para corresponder, De C a brillar C.
Así que movió a Atlanta.
Even paz puede ser adquirido en demasiado alto un precio.
Sentido común y un sentido de humor es la misma cosa, moviendo en velocidades diferentes.
El Martian los canales eran claramente el Martian último esfuerzo de cuneta!
El sexo es gusta aire.
La escritura está girando un momentos peores a dinero.
Si ensucian arriba, no hay ninguna ley contra whacking les alrededor un poco.
Dios requireth no una uniformidad de religión.
A pesar de rumores insistentes sobre comercialización descarada, el SAG probablemente quedará libre.
Quise saber qué Carga era también.
Cuándo un político tacha su hueso de cuello, no es lying.
Uno paso pequeño para hombre, uno tropezón gigante para humanidad.
Y cuándo la fuerza está ida, allí ha siempre Mamá.
Puede cualquiera recuerda cuándo el tiempo no fue duro, y el dinero no escaso?
Klatu barada nikto.
Incluso con el Winchester copia de seguridad, son ningún partido para el Uzi.
Un plucked el ganso no pone huevos dorados.
El geeks había roto mi alcohol.
El tiempo lava las heridas del amor limpio ocultos.
Puede me oigo cantando?
Thy Los programas corridos, thy syscalls hechos, En kernel como es en usuario!
Más divertido, también.
Si tú algo derecho una vez, alguien te pedirá para hacerlo otra vez.
Turno la otra mejilla.
Di un beso mi primera chica y fumó mi primer cigarrillo en el mismo día.
Puesto ninguna confianza en cryptic comentarios.
Así que algunos dirigirán, mientras otros siguen.
Dónde piensas que estás yendo hoy?
Pero fue madura bastante anoche en el lesbiana masquerade?
Arpa no en aquella serie.
Si no te veo en el futuro, veré tú en el pasto.
Dónde vagas?
Las setas son qué crece en los vegetales cuándo alimentarios está hecho con ellos.
Las dos profesiones más viejas en el mundo se han arruinado por aficionados.
No podría recordar cuándo había sido tan decepcionado.
Sócrates era mortal.
Hablas inglés?
No utiliza los tonos azules en esta terminal.
No puede ser visto, no puede ser sentido, no Puede ser oído, no puede ser olido.
Quieres vuestra casa y quererlo para ser bello.
Si obran, entran el Libro.
Los gatos son más listos que perros.
Triunfarás sobre vuestro enemigo.
Pero sabiendo la armonía crea abstracción, Y la abstracción siguiente crea ritual.
no hay ninguna regla para March.
Siempre hacer bien.
Rojo es blanco gris y amarillo.
Colocamos dos copias de revista de PERSONAS en una OSCURIDAD, casa móvil HÚMEDA.
La revolución sexual notoria ha salvado nadie del dolor y confusión de amor.
Pero tener que un cerdo gordo prueba a soar como un loon, Así que qué?
Cómo para prepararles para el shock?
Reapply Como necesario.
Cuándo estamos planeando para posteridad, nosotros ought para recordar aquella virtud no es hereditaria.
La inclusión de cualquier enlace no implica aprobación del sitio.
Hizo vuestros padres pierden una apuesta con Dios?
Complacer mantener vuestras manos de la secretaria está reproduciendo equipamiento.
La última vez finalmente dirigió un asunto con la hija del hostelero.
La olimpiada es encima.
Prueba relajar y gozar la crisis.
Y esto es sólo en el cliente.
Mantiene emocionalmente activo.
Los baches destruyen unpatriotic, unamerican, importó coches, desde los agujeros son más grandes que los coches.
Marca su orgulloso y fuerte otra vez, democracia para todo.
Siempre un campeón de monogamia, está cocinando arriba algunos enfermedades nuevas elegantes.
Si te gustaría, podría cantar él para ti.
Auribus teneo lupum.
Esto es Betty Frenel.
Me pregunto si es DIVERSIÓN NETA o DIVERSIÓN BRUTA?
Para inventar, necesitas una imaginación buena y una pila de junk.
Precio Wang el programador era software de codificación .
Los mayors murmured asentimiento.
Un viaje de mil millas empieza debajo uno es pies .
Control aquí si el impuesto deducible.
Pero como andaba a lo largo de un Hamilton ruta, cumplió el viajante.
No que soy contra sneaking algunas ideas a las jefas de las personas a ocasión.
El silencio es la virtud única has dejado.
Desarrollaba un bueno pitching brazo y una teoría cuántica nueva.
Significo pantalones de pintor?
Los señores miraban uno otro encima con microscópico carelessness.
una vez había este swami quién vivió por encima de un delicatessan.
Como año año seguido.
Dos jefas son más numerosas que uno.
La vejez es demasiado alto un precio para pagar para madurez.
Pronto cumplirás una persona quién tocará una función importante en vuestra vida.
Un memorándum está escrito no para informar el lector, pero para proteger el escritor.
Qué es un mago pero un teórico de practicar?
Me asomo un deportista bueno y yo te asomarán un jugador estoy mirando para comerciar.
El clima de Bombay es tal que sus habitantes tienen que vivir en otro lugar.
Si eres qué comes, que malo Euell Gibbons realmente era una tuerca?
Sin duda no para el squeamish, o aquellos en dietas que está conduciéndoles loco.
Un pollo es un huevo manera de producir más huevos.
Pide no qué es dentro de vuestra jefa, pero lo que el interior de vuestra jefa de.
Somos tan cariñosos de cada otro porque nuestras dolencias son igual.
Y entonces ir en huelga.
Todos los derechos reservaron.
Nunca olvido una cara, pero en vuestro caso haré una excepción.
Alrededor de ordenadores es difícil de encontrar la unidad correcta de cronometrar para medir progreso.
El desfalco es otro asunto .
El gobierno bueno nunca depende a leyes, pero a las calidades personales de quienes rigen.
Aceptado su destino.
Bienvenido al Zoológico!
El Ranger no lo va a gustar, Yogi.
Si piensas que nuestras leyes de licor tienen gracia, tendrías que ver nuestra ropa interior!
La razón están llamados dientes de cordura es que la experiencia te haces sensata.
Una mujer sin un hombre es como un pez sin una bicicleta.
Software típicamente behaves, o él no.
El menos de cualesquier las personas tienen, el menos quieren.
Procesado en la ubicación estampó cifradamente en superior de cartón.
En el Internet, nadie conoce eres un perro .
Las confesiones pueden ser buenas para el alma, pero son malos para la reputación.
El Connecticut la cámara era en sesión.
Por ejemplo, no hay ningún sólido en el universo.
Zeus Dio Leda el pájaro.
Me maravillo en la fuerza de debilidad humana.
Holmes Tienda de departamento, estudiando la multitud de personas para signos de gusto malo en vestido.
Cuándo los científicos séniors hablan cielo azul, las nubes están a punto de corro en.
Aquello te das un ranking de aventurero de comienzo del joven.
Una noche, las huelgas de barco algún flotantes debris, y fregaderos sin un rastro.
La obra más lista, no más duro, y ser prudente de vuestro speling.
Temprano para ascender, temprano para empotrar, hace un hombre sano, rico y muerto.
Puedo ser coger más viejo, pero I residuos para crecer arriba!
Presumimos más el teatro per cápita que la Manzana Grande.
Un agente vendedor automovilístico utilizado sabe cuándo es lying.
Nadie acaece depraved en un momento.
Por qué no alguien imprime la verdad sobre nuestra afección económica presente?
Por qué es llamó un hueso gracioso cuándo duele tanto?
Entonces fui a la biblioteca para encontrar un tema de tesis.
Como muchos de tú saben, estoy tomando una clase aquí en UNC encima Personalidad.
Un hombre quién pesca para marlin en ponds pondrá su dinero en Etruscan vínculos.
Esto es la teoría que Jack construyó.
Uno cumple su destiny a menudo en la carretera toma para evitarlo.
Veo al muy atrás de vuestra mente.
Dos gotas de padre pasaron meses enseñando su hijo cómo para ser parte del océano.
Mis lágrimas engancharon en su poco ducts, rechazando ser jerked.
El pájaro temprano coge el café dejó encima de la noche anterior.
Ketchup Es un vegetal.
Si piensas las cosas no pueden empeorar es probablemente sólo porque careces de imaginación suficiente.
Enviar su victorioso, Feliz y magnífico, Mucho tiempo para reinar o'er nos!
Su actuación es tan de madera quieres espray le con Promesa Líquida.
Nunca cumplí un hombre no quiero pelea.
Y era el Cordero Santo de Dios En los pastos agradables de Inglaterra vistos?
Resuelve todo.
Tú los tipos conocen sólo pasamos thru un AGUJERO NEGRO en espacial?
Tenemos que saber, sabremos.
Afortunadamente di todo de este.
Complacer leído el prospecto cuidadosamente antes de que inviertes o enviar dinero.
Los casos no son afectados, desarrollan.
Los hombres son siempre a punto para respetar cualquier cosa aquello les aburre.
Pequeño unos pueden ser tan eficaces.
Pero incluso los escépticos acuerdan que es un turno interesante de casos.
En descenso enamorado es mucho gusta morir.
El más complejo la mente, el más sumo la necesidad para la simplicidad de juego.
Me disparo otra vez.
Te tienes nunca comido un entero moose?
Portada cercana antes de llamativo.
Policía de policía y undertakers toma debajo.
Nunca bungles, nunca shirks, Siempre coge su material para obrar!
El hombre quién cria un puño ha corrido fuera de ideas.
El árbol en qué la savia es stagnant los restos infructuosos.
El problema real con realidad es que no hay ninguna música de fondo.
Creo que es más fácil de leer.
Ser cauteloso en vuestros asuntos diarios.
En justo siete días, te puedo hacer un hombre!
Un thorn por cualquier otro nombre dolería tanto.
Destinar una variedad y liberar el tercio medio?
Un creyente serio en la Casa Blanca?
Nunca obtienes algo pero que pierdes algo.
El poder absoluto es clase de ordenado.
El absurdo es el concepto esencial y la primera verdad.
La vida continúa en.
El arte es un celoso mistress.
Cualquier programa dado, cuándo corriendo, es obsoleto.
Y me decimos no es bastante ecuatorial.
Cogía visión , y el resto de los bifocales de desgastes mundiales.
Atiende a los detalles más pequeños.
El dios hizo el mundo en seis días, y estuvo arrestado en el séptimo.
Qué fools esta moral ser!
El dios es amor , pero coger él en escribir.
No te creo.
Ninguna persona es todo malo, tan ninguno es todo bueno.
Hay peces en el mar.
Y naturalmente, el defensa mejor es un bueno offense!
Aquí allí ser tygers.
Durante aquel tiempo lamentamos que serás unbearable.
Es muy diferente de mí.
Él mentiras detrás de inicios y bajo cerros, Y agujeros vacíos llena.
Tiempo moscas seguras cuándo no sabes qué estás haciendo.
La casa empezó arriba.
Faith puede ser definida brevemente como una creencia ilógica en la ocurrencia del improbable.
Nunca comer cualquier cosa más grande que vuestra jefa.
Qué no podemos hablar aproximadamente tenemos que pasar encima en silencio.
Algunas personas No tienen ningún respeto para envejecer a no ser que está embotellado.
Computaciones largas qué cero de cosecha es probablemente todo para naught.
Qué mano inmortal u ojo Lo que el anvil?
Un sitio para todo y todo en su sitio.
En este mundial a algunas personas les me va a gustar y algunos no son.
Proofread Cuidadosamente para ver si tú palabras fuera.
Me lo siento.
Despierta ahora mis chicos alegres!
Piensa de nuestra comunidad como el Galapagos de la lengua inglesa.
Los años de cumbre la actividad mental es indudablemente entre las edades de cuatro y dieciocho.
Despreocupadamente los proyectos previstos toman tres tiempo más largo de completar que esperó.
Oh Me doy vuestra lástima!
En un disco claro puedes buscar para siempre.
no hay tan muchas personas de hecho obrando tan puedes haber pensado.
Esto es la reclamación de prominente physicians en este país.
El matrimonio es el triunfo de imaginación encima inteligencia.
Él aquello bringeth un presente, findeth la puerta abierta.
Al amor es bien, el amor que es difícil.
Va de compras para ti y comprar más memoria?
complacer tener vuestra llamada maestra mi maestro en su comodidad?
Qué la educación a menudo hace?
La realidad dura tiene una manera de cramping vuestra moda.
Creo I olor como bueno como la mayoría de personas.
He aprendido para deletrear hors d'oeuvres Cuál todavía grates encima Algunas personas n'oeuvres.
El plazo para hacer cualquier era necesario para éxito.
Muchas páginas hacen un libro grueso.
Él quién risas, dura.
Stuckness No tendría que ser evitado.
Más vale pájaro en mano que ciento volando.
Otra vez huyó, pero vencejo vino.
Escribiendo sobre la música es gusta bailar aproximadamente arquitectura.
El mal no es todo malo.
Los farmacéuticos físicos piensan que son físicos.
Un adecuado bootstrap es una contradicción en plazos.
La red es la red , el ordenador es el ordenador .
Plural es plural ahora ningún más, Y dulce lo que amargo era antes de que.
Puede imaginas el número enorme de las personas en el mundo nombraron Mohammad Chang?
Grab lo Y corrido.
Andando encima el agua no fue construida en un día.
El coste de plumas ha ascendido, incluso abajo es arriba!
Como ya sabe?
A menudo su hash la mesa era bare.
Un hoodlum es un bastante lousy clase de escoria.
The Sun tiene que reparar vuestros ojos.
Les digo la verdad y ellos nunca mecreen.
No tenemos ninguna elección.
Sumisión Una nación es como una jerarquía, un mercado, y un virginal.
Una sonrisa de un velo?
Aquello es todo nunca haces.
No puedes engañar un hombre sincero.
El problema crea una capacidad de manejarlo.
Después de que unos cuantos momentos de parpadear self lástima, ellos reinflate, elongate, chasquea atrás, o solidificar.
Ningún eléctrico typewriters complacer!
Un planeta es todo coges.
E hizo aquellos pies, en tiempo antiguo, Paseo al verde de montañas de Inglaterra?
La mediocridad encuentra seguridad en estandarización.
Cucharones y Jellyspoons!
Nada tan las necesidades que reforman como los hábitos de otras personas.
Scrubbing Pisos y emptying bedpans tiene tanta dignidad como la Presidencia.
Qué uno cree para ser cierto cualquiera es cierto o acaece cierto.
Jurassic Parque, aquello es.
El campo Probó no tenemos cualesquier simuladores.
Fui en casa con una camarera, La manera I siempre hacer.
No eres aprendizaje nada cuando estás hablando.
Cuándo el maestro pedido sobre este, el novato acaecía indignado.
El problema más grande con comunicación es la ilusión que lo ha ocurrido.
La jirafa pensaste que ofendiste última semana es dispuesta de ser nuzzled hoy.
Después de que cena fueron upstairs y vi vuestra mujer que le da un beso.
Muchas personas son unenthusiastic sobre vuestra obra.
Nunca discutir con un hombre quién compra tinta por el barril.
Ellos todo habló lenguas diferentes.
El Bozos ha aprendido para gozar su tiempo libre, el cual es todo el tiempo .
Esto no fue sólo sencillo terrible, esto era elegante terrible.
Es sensato de mantener en importar que tampoco el éxito ni el fallo es nunca final.
Venido derry dol!
No para cualquier propósito.
Editando es un rewording actividad.
Quid me anxius Suma?
No hemos empezado todavía, pero tenemos para decir algo.
Tendrías que emular vuestro heros, pero no lo lleva demasiado lejos.
Beso vuestro adiós de teclado!
Su obra será puesta atrás por habiendo aquel cambio de cama de la prueba debajo les.
Cómo puede me digo eres solitario, Y decir para ti el sol no brilla?
Dijkstra Probablemente me odio.
La velocidad cegadora puede compensar para deficiencias muchísimas.
Una mujer tiene que no tiene que comprar su perfume propio.
Los sonidos más altos son el más duros de oír.
Qué importa quién era gerente ?
Actuación sin precedentes Nada nunca corrió este lento antes de que.
Dos hermanos, Mort y Bill, gusta navegar.
Sello de ayuda fuera y abolir redundancia y repetición.
Muriendo es un muy atenuar, dreary asunto.
Barbie dice, Toma quaaludes en ginebra e ir a una discoteca enseguida!
Muestras el maravilloso traits de encanto y cortesía.
Entonces el artista será dado nuevamente engrasó zapatos.
Pone gatos en el café y ratones en el té!
Rudeness Es la imitación de un hombre débil de fuerza.
Uno el turno bueno normalmente coge la mayoría de la manta.
Sólo vendí un screenplay para doscientos dólares de millar.
No buscaban un agujero de agua.
No me conoces, pero me gustaría contratar te.
No puedo renegar, pero a veces todavía hago.
Los suministros están limitados, así que ley ahora.
La documentación es en japonés.
Si tengo problema instalando Linux, algo es mal.
Viviendo en LA es gusta no habiendo una cita el sábado noche.
Tengo que impulso biológico viejo, tengo que viejo irresistible surge, tengo hambre.
Qué se preocupa?
Si las portadas de boletín son en suministro corto, aun así, iglesia attendance superará todas las expectativas.
Sólo para tener es bastante.
Nuestro sumo lo mejorará.
Mi historia familiar empieza conmigo, pero vuestro acaba contigo.
Mi legas multe da scienca fikcio.
El abogado, aun así, nadó sin incidentes pasado el bloodthirsty tiburones.
Si cualesquier deseos de hombre para ser humbled y mortificados, dejados le presidente acaecido de Harvard.
Utilizan palabras diferentes para cosas en América.
Dejado les pase!
No puedes empezar preocupándose sobre qué va a pasar.
Tendríamos que ser reticentes de girar atrás a la frontera de esta época.
Mi amigo tiene una criatura.
Si no he visto tan lejos es porque estuve en gigante footsteps.
Sienta en una cacerola de patata, Otis.
El hombre quién corre puede luchar otra vez.
Coger el día, puesto ninguna confianza en el morrow!
Sienta en Otis.
Filósofos piensa que son dioses.
nunca me gustaste, y yo siempre .
La muerte es vida manera de decirte has sido disparado.
La madre me dije para ser bueno pero está ser mal antes de que.
La ventaja real única a punk la música es que nadie lo puede silbar.
Un níquel no es valor un dime anymore.
Las faltas que mordisco, los trabajos que thrash!
Algunos cristianos, desgraciadamente, recurre a formal lying para ocultar tal realidad.
Todo es bien que fines bien.
La inmigración es la forma más sincera de flattery.
La vida larga es en tienda para ti.
Era un fiddler, y consiguientemente un rogue.
Utilizó las grapas son bien con SALSA de SOJA!
No quiero conseguir inmortalidad a través de mi obra.
Qué una desgracia para ser una mujer!
La vida empieza en el centerfold y expande outward.
Matrimony Es algo aceptan cuándo hay no alternativos.
Eres permanentemente confundió.
Talkers Es no bueno doers.
hay sólo dos clases de tequila.
Thou hast Visto nada todavía.
Grub Primero, entonces ethics.
Bondage Quizás, disciplina nunca!
Todo era courtmartialed y disparó, exceptúa Hidalgo, porque era un sacerdote .
Fuera se apagará!
Ma El timbre es una madre mala !
Tomé el cigarrillo de mi boca y le dio un beso otra vez.
La muerte no contestó.
Pruebo no para romper las reglas pero meramente para probar su elasticidad.
Menos todavía coger para hacer el escogiendo.
Rap La música es sólo informatizada caga.
No underestimate el valor de declaraciones de huella para depurar.
hay demasiados malo unos.
Uno del peor de mis muchas faltas es que soy demasiado crítico de yo.
El bogosity metro sólo pegged.
Si imprinted foca de florete debajo el tapón está roto o perdiendo cuándo adquirido, no utiliza.
Lista al menos dos alterna citas.
Whereupon La Luz Clara de la iluminación explotada al Gobernador, y vaporizó.
Diez a uno empezarán otra guerra.
Como punning, la programación es un juego en palabras.
La paz era la manera .
Presidente del Aburrido.
El genio no obra en una base de línea de la asamblea.
Hacer unto otros antes de que te deshacéis.
Hay algo tienes que entender sobre el sistema soviético.
Hoy es drásticamente diferente, debido al social milieu.
La ignorancia es bliss.
Parece que un pollster tomaba un en todo el mundo sondeo de opinión.
Las baterías son muertas!
Incluso entonces no miraría en Molly, pero examinó su claws.
Al llegar a este punto, uno de sus jugadores pasó para introducir la oficina del decano.
Puedo resistir cualquier cosa pero tentación.
Todavía me pregunto por qué nadie notó esto antes de que.
Los instrumentos de ciencia no en ellos descubre verdad.
Pensó te vería uno más tiempo otra vez.
Hombres de genio elevado cuándo están haciendo el menos la obra es más activa.
Vende cshs por el cshore.
La comida original nunca ha sido encontrada.
Qué los dioses destruirían primero entregan a un comité de niveles del IEEE.
Unas pinturas de hombre con sus cerebros y no con sus manos.
Cuánto para vuestras mujeres?
Espectáculo de urnas demográficas que te ha perdido credibilidad en general.
El movimiento firme es más importante que velocidad, mucho del tiempo.
Tienes muchos amigos y muy pocos enemigos vivientes.
Un ingeniero es alguien quién lista procesando en FORTRAN.
Por qué hace un hearse caballar snicker, hauling un abogado fuera?
Tan rápidamente tan posible coger una terminal buena en un sistema bueno.
Nurture Algunos fondos mutualistas a escudo tú en tiempo de repentino layoffs.
Por qué molesta construir más nuclear warheads hasta que utilizamos los tenemos?
La profesión de reserva escribir las marcas caballares corriendo parece como un sólido, negocio estable.
Para adquirir legislación, legisladores, legislaturas, o jefes de estatales.
O era rumored para ser obrando encima en Jersey sobre hace un mes.
Cuándo mueres, pierdes una parte muy importante de vuestra vida.
Respeto la institución de matrimonio.
Mi godda bendice, nunca veo sucha personas.
Tienes el poder de influir todo con quien te contacto entrado.
De donde el sol ahora está Lucharé No Más Para siempre.
Aquí en Nueva York realmente no nos preocupamos demasiado.
La inteligencia de cualquier discusión disminuye con la plaza del número de participantes.
Y había tarde y había mañana, uno interrumpe.
La guerra no es una vida buena, pero es vida .
Aliquid melius quam pessimum Óptimo no est.
Canadá de bebida Seco!
Te piensas podría pedir el anfitrión a cosas tranquilas abajo?
Tan si obra, tendrías que ser doblemente impresionó.
En ciudad un sustantivo podría llevar un gown, o más abajo, podría vestir un payaso.
Las varias sectas actúan la oficina de un común censurar morum sobre cada otro.
No tienes ninguna idea cuánto mejor I siente estos días.
Si miras bueno y vestido bien, no necesitas un propósito en vida.
Tiene vuestro familiar probado 'em?
El tipo vuelve a la oficina.
Milton escribió el paraíso Perdió, entonces su mujer muerta y escribió el paraíso Recuperó.
Me tomé cuatro espectáculos para imaginar fuera por qué el niño peludo nunca habló.
Sólo entonces, desapareció.
El dinero es la raíz de todo mal, y raíces de necesidades del hombre.
Científicos de ordenador real no escriben código.
En uno soy enlightened, en el otros I no son.
Es mejor de morir en vuestros pies que para mantenerse a base de vuestras rodillas.
Después de todo, qué es vuestros anfitriones ' propósito en habiendo una fiesta?
Habían obrado para los meses crecientes uno cada cual de cada ordenador que estuvo construido.
El cielo de arquear está llamando Spacemen atrás a su comercio.
El más cagarte puesto arriba con, el más cagar vas a coger.
La muerte es sólo un estado de mente.
Alguien quien te rehusar hoy, te rehusará mañana.
Puedes no carve vuestra manera a éxito sin comentarios tajantes.
Eras s'posado para reír!
Acepta todo Y rehusa nada.
Sabes donde Henry Kissinger es?
El material que puedo beber todo el día Hasta mi mem'ry funde fuera.
La mayoría del tiempo voy para dormir sin decir adiós.
La comedia es la arte de hacer risa de personas sin hacerles puke.
Uso en riesgo propio.
El resto es kinda bumpy, pero hombre, hemos mucho!
Muerte a todo fanatics!
A Todo el mundo le gusta un kidder, pero nadie le deja dinero.
Carácter siempre lados con el defecto escondido.
Olvido qué I iba a decir.
Una cuestión de interés, mi Señor querido!
Quienes dirigen qué no entienden.
Wichita Montaña Pageant constando Millard Coody como Jesus.
Vuestra vida de amor será feliz y armoniosa.
Los teletipos rompieron a bits.
O bastante, podría obrar bajo circunstancias seguras.
Es tampoco la lengua mejor disponible al arte hoy, o no es.
Tan bruscamente dulce a mi corazón parece Como el fragrance de acacia.
Sirve caliente en copas con unas cuantas pasas y almendras en cada copa.
Visita Wisconsin bello Dells.
Trotamundos en el shadowed desesperación de tierra no!
Y sueño sobre chicas con sus vigas altas encima, eh?
Todo el mundo sabe que me quiero, criatura.
Un plan bueno hoy es mejor que un plan perfecto mañana.
Para treinta años un hombre seguro fue para pasar cada tarde con Mme.
Una mujer fue a un hospital un día para dar nacimiento.
Un witty el refrán prueba nada.
Si tuve cualquier humildad sería perfecto.
Cuándo un político frota su nariz, no es lying.
Sólo el sitio para un Snark!
La dislexia significa nunca teniendo que decir que eres ysror.
Acechando la máquina con la violencia sólo agrava la situación.
Las mujeres dan a hombres el muy oro de sus vidas.
Mi opinión es que no sofocan bastante de ellos.
Recuerda que vuestro doctor tiene una reputación profesional a uphold.
Si tú no, es su.
Si fuiste, andaría derecho arriba y smack les en la cara.
Implicación con el sufrimiento del paciente le podría causar para perder objetividad científica valiosa.
Podría tengo una sobredosis de droga?
Vulcans Paz de adoración sobre todo.
Sus gustos no pueden ser igual.
Me di cuenta que había lejos más a haute cocina entonces nunca imaginé.
El tiempo es carácter manera de hacer seguro que todo no pasa inmediatamente.
A la noche tardía, característica doble, espectáculo de Cuadro.
La morriña es vida viviente antiguamente camino.
Uso la Fuerza, Luke.
Cielos azules de dolor?
Honk Si quieres paz y tranquilo.
Memorias extrañas en esta noche nerviosa en Las Vega.
Mis disculpas si sueno enojado.
Todo sabes es mal!
Pero la necesidad de cambios para ser quantized.
No puedo ayudar diciendo que los americanos carecen de este alcohol desafiante necesario hoy.
Todos los extremistas tendrían que ser tomados fuera y disparó.
Si es, escojo ser encontrado haciendo mi deber.
Él quién sabe otros es sensatos.
Si los deseos eran caballos , entonces los mendigos serían ladrones .
Si no está obrando, los diagnósticos dicen que es bien.
Hay nada nuevo exceptuar qué ha sido olvidado.
Espiga el agua de oficina más fresca.
Un gigante panda el oso es realmente un miembro del racoon familia.
Espacial es la manera de la carácter de hacer seguro que todo no pasa a ti.
Y creo que es también la falta del sistema educativo.
Qué si nada existe y somos todos en alguien es sueño ?
El elemento más importante de gobierno, por tanto, es el método de escoger dirigentes.
Entonces un silencio ligeramente más corto.
Él también teaches nos cómo unas obras de circuito eléctricas.
Iniciarás el primer Martian colonia.
Los otros diez por ciento del tiempo tuviste no derecho de esperar que mucho.
Por qué eres llorando?
Yendo la velocidad de la luz es mala para vuestra edad.
Debido a una escasez de dedicó seguidores, la producción de dirigentes sumas ha sido interrumpida.
Sólo ser seguro para llamarlo búsqueda.
La política es sobre superviviente hasta que tarde de viernes.
Mayo haces el Yuletide paga.
Nadie puede sentir tan helpless como el dueño de un enfermo goldfish.
Ninguna cuestión es tan difícil como uno al cual la respuesta es obvia.
Echa fuera privilegios y cuotas, y los usuarios harán la Cosa Derecha.
Significas no quieres mirar WRESTLING de ATLANTA?
Para ginebra, en verdad Serena cruel, Suministra el combustible Para flaming juventud.
Podría no posiblemente fallar para discrepar contigo menos.
Polonia tiene control de pistola.
La oveja muerta en la lana.
Alex Haley estuvo adoptado!
Nunca ir a un doctor cuyas plantas de oficina han muerto.
Si te TIENES QUE casar, es siempre aconsejable de casar belleza.
Alimentar vuestra jefa.
Kleeneness Es luego a Godelness.
La diferencia entre un corte de pelo bueno y un malo uno es siete días .
La otra clase no importa.
El hombre perfecto es el socio cierto .
No colonizamos.
no hay estrellas bastante en cielo.
A veces coges un casi irresistible impulso para ir en viviente.
Algunos Londoners es sólo P.
Te tienes nunca pasó una tarde con un vendedor de seguros?
Viene y va.
La mitología viene más cercana a él de cualquier.
Me pregunto si nunca podría empezar en el mundo de crédito?
Ayer al peldaño cumplí un hombre quién no fue allí.
Los usuarios reales saben vuestra casa número telefónico.
Estancia arriba y pelea.
Sólo mucho tiempo bastante para poner en uno perforadora buena , limpia.
Hablamos aproximadamente él para un tiempo largo.
Estoy aburrido por pensamientos de muerte.
Deseo era en un Cincinnati esquina de calle que aguanta un perro limpio!
Control de sistema del ejercicio en vuestros experimentos, para el mundo es lleno de bugs.
El Cerdo, si no soy equivocado, nos Doy jamón y cerdo y Tocino.
Mucho folks confunde gestión mala con destiny.
Por qué es que nosotros rejoice en un nacimiento y apenar en un funeral?
Las contraseñas están implementadas a raíz de inseguridad.
Coge servicio de sala!
Espacial es para colocar tan la eternidad es para cronometrar.
Ellos también surf quién sólo estand en olas.
Es que qué hombres en tiempos anteriores tuvieron que aguantar a sus espaldas.
Sabes, creo que Dr.
no casaría su con un diez polo de pie.
Qué no sabes no te ayudará mucho tampoco.
Ahora me pongo atrás para dormir.
Mi profesor de geometría era a veces agudo, y a veces obtuso, pero siempre, siempre, era bien.
Si el dios nos quise para tener un Presidente, nos habría enviado un candidato.
Es ninguna maravilla que las personas son tan horribles cuándo empiezan vida como niños.
Tomar un nap cada tarde.
Probar una persona sola para un cambio.
En buscar el unattainable, la simplicidad sólo entra la manera.
Dinámicamente atando, te das cuenta la magia.
Era en Vega última semana.
La experiencia es una profesora buena , pero envía facturas fabulosas.
Nunca saldría.
No puedes esperar hasta que eres quince o dieciséis.
Allí queda la posibilidad que lo poder someday ser valioso otra vez.
Muchas maletas miran igualmente.
El tiempo acabará todos mis problemas, pero no siempre apruebo de los métodos del tiempo.
Es allí algo más que tiene que ser hecho?
Anoche cumplí al peldaño Un poco hombre quién no fue allí.
Qué el deuce es a mí?
Qué sobre un ejemplo?
Estuve ofrecido un trabajo como hoodlum y lo giré abajo frío.
Si malgastas vuestra cocina de tiempo, perderás la comida próxima.
La protección mejor de una mujer es un poco dinero de su propio.
Nuestros sparkle de reputación como una gema.
Si traes adelante qué es dentro te, qué traes adelante te salvará.
El mejor el estado está establecido, el fainter es humanidad.
Porque vuestro hackers tiene tanta movilidad al establecimiento.
Eres una persona muy redundanda , aquello es lo que amable de persona eres.
Las personas sospecharán tendencias maníacas como tú twitter alrededor en vuestra silla.
No es unos niños pastime como robo de carretera mera.
Ya no creí que.
Hecho con ingredientes reales.
Los hechos insuficientes siempre invitan peligro.
El nombre fresco, aquello es.
Diversión Con Usenet postings es ninguna excepción.
Si no te gusta la manera I paseo, estancia de la acera!
Para añadir insulto a daño.
Pierdes vuestra mente.
La depresión es cuándo tú pierde vuestro trabajo.
La realidad siempre parece más dura en la mañana temprana.
Ni tener nosotros madera para un ataúd.
Boleto tú bien!
Una idea no es responsable para las personas quiénes creen en él.
La diferencia entre perros y gatos es que los perros vienen cuándo están llamados.
El mundo está llegando a su fin.
La suerte no puede durar un lifetime, a no ser que mueres joven.
No encuentro en orthodox cristianismo un redimiendo característica.
La iglesia salva pecadores, pero la ciencia busca para parar su fabricación.
Tenemos que fuera!
Aire muy pequeño filtrará sobre los bordes.
Un lifetime no es casi mucho tiempo bastante para imaginar fuera de qué es todo aproximadamente.
Los científicos todavía saben menos sobre qué atrae los hombres que ellos hacen sobre qué atrae mosquitoes.
Te dáis la bienvenida a atrás, Dover, oh Dover, despertado de cama.
Todas las cosas que es, es con más el alcohol perseguido que gozó.
Esto aquí es el wattle, El emblema de nuestra tierra.
Pero la Iglesia pronto hizo su paz con la cosmología de Galileo.
Un jurado consta de doce personas escogidas para decidir quién tiene el abogado mejor.
Mancha de ácidos tú, Y calambre de causa de las drogas.
Vuestra educación empieza donde qué se apellida vuestra educación es encima.
no hay ninguna elección antes de que nos.
Reemplacé el headlights en mi coche con strobe luces.
Somos todos los gusanos .
Cualquiera quién destaca en medio de una carretera parece roadkill a mí.
Puedes aguantar cualquier cosa si no es vuestra falta propia.
Las cosas no son siempre qué parecen.
Si aquello es el dolor peor nunca sentirás, tendrías que ser agradecido.
Si vierte antes siete, ha llovido por once.
No prueba esto en casa.
Un pesimista es un hombre quién ha sido obligado para vivir con un optimista.
La gestión de memoria en el PowerPC puede soler asustar niños pequeños.
Nunca coges para hacerlo bastante para acaecer bueno en él.
La democracia es un aparato que asegura seremos regidos ningún mejores que merecemos.
El más grande la teoría el mejor.
Uso cuidado extra cuándo limpiando en escalera.
Microsoft es la cuestión .
Y el sistema va a chocar.
La otra línea mueve más rápida.
Para ser es para programar.
El mome rath no es nato que podría outgrabe me.
Para coger algo limpio, uno tiene que coger algo cochinamente.
Las cosas están empezando a viento abajo.
Ninguna cantidad de la planificación prudente nunca reemplazará suerte muda.
Por qué no vas les persigue?
Un zorro es un lobo quién envía flores.
Cómo para beber.
Uno nunca puede consentir para arrastrarse cuándo uno siente un impulso a soar.
El rey podría morir.
Oferta de tiempo limitado, llamada ahora para asegurar entrega puntual.
Las tres cosas mejores aproximadamente yendo a la escuela es junio , julio, y agosto.
Pero encuentro las ideas viejas de alguna manera apelando.
Los verdugos y los políticos obran más cuándo el alcohol humano es en su más bajo ebb.
Sido Transferido Últimamente?
Ser agradecido no eres mi estudiante.
Lo quieren baratos.
Serás otorgado una medalla para desatender seguridad en ahorro alguien.
Todo el mundo tendría que ser prudente de utilizar un pronombre singular con sustantivos singulares en su escritura.
Tratar vuestro amigo como si podría acaecer un enemigo.
Uso un acordeón.
Nasrudin Andado a una tienda un día, y el dueño vino adelante para servirle.
La estrella de riches está brillando a ti.
Un supervisor bueno puede dar un paso en vuestros dedos sin messing arriba de vuestro brillo.
Un profesor es uno quién habla en alguien más sueño.
Cada ruta tiene su charco.
Pegué un marcador.
Lo da agua limpia y alimentarlo aire fresco.
El fin de trabajo es para obtener ocio.
Las felicitaciones son en orden para Tom Reid.
Siete vírgenes y una mula, mantenerlo fresco, mantenerlo fresco.
Dejado otros piensan que su corazón es grande, lo pienso estúpido del Cerdo.
no hay ningún juego en este sistema.
He tenido mi televisivo aerials sacó.
El dios nos salvo de un vecino malo y un principiante en el fiddle.
Quizás un conjunto de pedales para hacer el número de bits cuatro.
La política universitaria es viciosa precisamente porque las apuestas son tan pequeñas.
No puedo retirar la última vez algo como aquel pasado en políticas o religión.
Es fácil cuándo somos en prosperidad para dar consejo al afligido.
Hacer igual cuándo summarizing un voto.
Quién podría haber supuesto que tendría que cumplir tú en Ciudad?
Hay una impertinencia segura en dejar oneself para ser quemado para una opinión.
Nunca su mente encima dónde era, en qué hacía.
Nietzsche Es pietzsche, pero Schiller es asesino, y Goethe es moethe.
La empresa pagaba todo el resto.
Si queriendo linux es mal, I dont quiere ser derecho.
El monje ya había pedido sobre una grano, un lago, y un moonlit noche.
Concentra en th'lindo, li'l TIPOS de HISTORIETA!
Brian Kernighan tiene un automóvil qué ayudó diseño.
La revisión es demasiado cara.
Qué nunca quieres va a costar un poco más de vale.
El retraso es preferible a error.
Quieres él en uno tacha?
Viaje de discos en bandas.
Pobre popularizations de la ciencia establece un nicho ecológico para pseudociencia.
Es decir, un hacker fuera de su cloister.
Añade jugo de limón y corteza.
Todo el mundo está titulado a mi opinión.
Puedes haber whiskey como amigo.
Nunca olvidar lo que un hombre dice a ti cuándo es enojado.
Mater artium necessitas.
Venido a nosotros.
Qué vale hacer vale el problema de pedir alguien para hacer.
La recompensa única de virtud es virtud.
Ser afectuoso a uno quién te adoras.
El graveyards es lleno de hombres indispensables.
Si mantienes hacer caras, someday congelará aquella manera.
Pero un diamante es un diamante incluso si no hay ningún cliente.
No cogeré bebido!
Los maestros sumos únicos de moda pueden tener éxito en ser obtusos.
Anywhere Fuera de una universidad.
La declaración siguiente no es cierta.
Personas quiénes son probablemente en ninguna parte cercanos como exitosos como es ahora.
Estás luchando para supervivencia en vuestra golosina propia y manera suave.
Un domineering el hombre casado un mero wisp de una chica.
La salvia reconoce esto sickness como limitación.
Tres días serán dedicados a discusión de las ramificaciones de whodo.
Kiu invitis vin?
Pero cuáles son el mejores unos para empezar?
El dios no es muerto, sólo no podría encontrar un sitio de aparcamiento.
Coordinación de proyecto cercano vamos a extender la culpa, campers!
La grandeza es una experiencia transitoria .
Hope esto uno no pasa a ti.
Victoria o derrota!
La juventud es un cosa tan maravillosa .
Tomar vuestro muriendo con alguna seriedad, aun así.
Cuántos tener incluso una columna de astronomía semanal?
Encima segundo pensamiento, yo bastante el baile con las vacas te cultivas casa venida.
Una Manzana MOS la memoria no utiliza ningún núcleo!
Algunos hombres son tan macho te cogerán embarazadas justos de matar un conejo.
Respuesta un fool según su locura, lest él ser sensato en su presunción propia.
La política es casi tan apasionante como guerra, y bastante tan peligroso.
Esta Fortuna Examinada Por Núm. de INSPECTOR
Y no empieza una frase con una conjunción.
Y abajo va.
Si no, cómo sabemos aquello?
No gozas el untroubled facilidad de programar debajo sus ramas de anidar?
Y hemos todo venido para aceptarlo.
Subiendo a profundidades nuevas.
Utilizando todas vuestras destrezas, tampoco cogerás vuestro hombre o tú cogerán quemados!
Si te desorden con una cosa mucho tiempo bastante, romperá.
Personas quiénes toman los baños fríos nunca tienen reumatismo, pero tienen baños fríos.
Cualquiera puede aprender cómo para cortar, pero la ingeniería no viene casi tan fácilmente.
Si pasa dos veces, es una característica .
Quieres paz.
Utilicé para pensar el amor romántico era un neurosis compartido por dos, una tontería suprema.
Cuándo unas moscas de camello, nadie ríe si no coge muy lejos!
Hay hombres únicos.
No sé si es qué quieres, pero es qué coges.
Esta pantalla espacio dejado intencionadamente.
Para cada visión allí es una revisión igual y opuesta.
Xerox Nunca viene arriba con cualquier cosa original.
Si al oso le gustaste, eras knighted en la algo.
Derramarás sopa en tarde tardía.
Las personas saben esto, y steer claro de mí en fiestas.
Mi copa hath runneth'd encima con amor.
Si estás yendo a América, traer vuestra comida propia.
Un ratón es un elefante construido por el japonés.
Realmente no se preocupan lo que el precio es.
Olvidó aquellos.
El más rebuttal a esta clase de riña estadística provino el redoubtable John W.
Haciendo lo coge hecho.
Para cada envase de software desconocido para ser empleado añade dos meses.
El cerebro es qué vida es todo aproximadamente.
Hacemos excusas.
Es para indent, el cual raramente divierte, y J es para unir, el cual nadie utiliza.
Él o no él?
Los dioses dieron fuego de hombre y él inventaron motores de fuego.
Habían hecho demasiadas cosas mal.
Un organismo, un voto.
A err es humano, para perdonar inusual.
En el comienzo allí era dato.
No utiliza mientras operando un vehículo de motor o equipamiento pesado.
Me puse a través de algunos cambios, chico, Clase de como un Waring batidora.
Flaco al viento occidental, Y conocer eres sólo.
Viendo está engañando.
Esta oferta no es disponible a través de tiendas y es void dónde prohibido por ley.
Aquello es el problema .
Nada en progresión puede descansar en su plan original.
Sabe Thy Usuario.
Piensas chicas quiénes dan un beso en la primera cita es suelta?
Subiría más montañas, nada más ríos y mirar más ocasos.
El dios único puede hacer selecciones aleatorias.
El más que intentas encontrar éxito, el más que te fallará.
Si eres para tú, entonces qué eres?
Me lo puedo encontrar.
Los osos de Manera, nurtures, formas, completa, Refugios, consuelos, y hace una casa para ellos.
Para son nunca cogidos en una trampa de su propio haciendo.
Cualesquier dificultades más lejanas, abre el segundo envelope.
No handicap vuestros niños por hacer sus vidas fáciles.
No quiero ir a aquel.
Para girar atrás ahora sería para negar nuestra historia, nuestras capacidades.
El dios es amor .
Todo el mundo tiende para ir a la deriva hacia Bozoness.
A un Nuevo Yorker, todo Californians es rubio, incluso los negros.
Objetivo para la luna.
Diez semanas de viernes serán un día bastante bueno.
Mientras el dinero no puede comprar felicidad, ciertamente deja escoges vuestra forma propia de misery.
La idea básica detrás de centros comerciales es que son más convenientes que ciudades.
La dificultad única es que es a veces difícil de aplicar los resultados experimentales a humanos.
Bien thaaaaaaat es vale.
Pero al mismo tiempo, es qué yo más.
Tan dejado es les sorprende caeremos el grandes un, Y pulverize 'em.
La mayoría de bacterias tienen la decencia para ser microscópica.
Si un hombre tiene talento y no lo puede utilizar, ha fallado.
No me preocupo donde siento mientras cojo alimentado.
La ruta que puede ser especificado no es la Ruta Llena.
La cosa mejor sobre viaje espacial es que lo hizo posible de ir en otro lugar.
El chico coge otra cerveza .
Hummingbirds Nunca recordar las palabras a canciones.
La población es, naturalmente, creciendo.
Aún más asombrando era la realización que el dios tiene acceso de Internet.
En algún momento más tarde, viene a en la mesa de grupo, una chaqueta bajo su jefa.
Paré creer en Santa Claus cuando era seis.
Demasiado pobre de romper, I risa hasta mi dolor de estómago, Cuándo pienso aproximadamente yo.
Todas voces de celebridad impersonated.
Las personaje varían, pero los porcentajes quedan constantes.
Hablaron la teoría de Einstein de relatividad para horas.
Fue caza de pato un tiempo y real bien en él.
Trolley Molly no quiere Harold, Boola boola Pensacoola hullabaloo!
Si vuestras ideas son muy bien, tendrás que carnero les abajo las gargantas de las personas.
Él quién introduce la sala de apósito de su mujer es un filósofo o un fool.
Por qué él bien cuándo lo puedes hacer mal?
Patience es una forma menor de desesperación, disfrazado tan virtud.
Prueba coger todo de vuestras medallas póstumas por adelantado.
Tengo un cambio en mi apartamento que no cualquier cosa.
Condensa sopa, no libros!
Quizás tendrán que outlaw enviando listas aleatorias de palabras.
No tengo un problema de comer.
Los espejos tendrían que reflejar un poco antes de echar imágenes posteriores.
Científicos de ordenador real no comentan su código.
He observado, por ejemplo, que nosotros todos cogen sobre la misma cantidad de hielo.
Los dinosaurios están descritos sin exactitud y demasiado cercano a vuestra cara.
Me pregunto qué más seperates Debian del resto de las distribuciones de Linux.
En Krat la pantalla principal pareció el holo imagen de un hombre, y varios delfines.
Puedes conducir tan rápidamente como quieres en cualquier dirección quieres.
Ahora aquello es un FrintArms producto también, les.
Finalmente el presidente de empresa llamó Sam a su oficina.
Gusta Cerveza de Unix, AmigaDOS seguidores de Cerveza son un grupo extremadamente leal y fuerte .
Tan lejos como el hombre piensa, es libre.
Midwest Los labradores son sólo sencillos folks.
Parece a mí están haciendo la escalera más empinada que en los días viejos.
Bistromathics Es sencillamente una manera nueva revolucionaria de comprensivo el comportamiento de números.
Allí parece para ser evidencia irrefutable que el hecho mero de masificación induce violencia.
Tiene un día bueno!
Sin duda pretendes empezar viviendo en algún momento pronto.
Power es veneno .
Si lo puedes oír o no, El Universo está riendo detrás de vuestro atrás.
Un productor de Hollywood llama un amigo, otro productor en el teléfono.
Si sientas en una partida de póquer y no ve una ventosa, se levanta.
El matrimonio está aprendiendo sobre mujeres la manera dura.
El Coleccionista Menos Exitoso Betsy el panadero tocó una función central en la historia de recoger.
Trust todo el mundo, pero cortar las cartas.
Podría ser bebido pero al menos no soy demente.
Por qué era I nato con tal contemporaries?
Tienes un deseo fuerte para una casa y vuestros intereses familiares vienen primero.
La regla de personas.
Casa en la prisa y todo el mundo empieza contar los meses.
Los chips de ordenador de la razón son tan pequeños es los ordenadores no comen mucho.
Todas las generalizaciones son peligrosas, incluyendo este un.
Serás entendido mal por todo el mundo.
No cojo ningún respeto.
Extraño que pensamos que las definiciones son definitivos.
El universo está gobernado por dejar las cosas toman su curso.
Pero allí era, un molestado wombat, atrapado en una cabina telefónica.
Profesor Gorden Newell echó otro shutout en última semana Chem Eng.
Reseña de sistemas operativos, Vol.
Él tampoco obras, o él no.
No he tenido tiempo para tabaco desde entonces.
Si no es estéticamente complaciendo, es probablemente mal.
Randal Entiende sed bastante bien.
El hombre quién mata ambos cuál y quien será enshrined en nuestro Quién es Quien.
Muchas personas son en secreto interesadas en vida.
Todo Nuevo No compatible con versión anterior.
Oh Esta edad!
Tan poco tiempo, tan poco para hacer.
Pliegue en schopped mantequilla y estiró chups.
Utilizaron turmento.
Pero si no es, donde hizo la idea provenida, para torturar y unsettle nos?
Scintillation No es siempre identificación para un auric sustancia.
Si las mujeres no existieron, todo el dinero en el mundo tendría ningún significado.
Vuestra carácter buena traerá unbounded felicidad.
Había sido programando toda la noche.
Pero evidentemente no puede ser donde no es.
Los neutrinos tienen malos breadth.
Había locura en cualquier dirección, en cualquier hora.
Pienso que somos todo Bozos en este autobús.
Ves pero no observas.
Tuvieron pocos cuadros de gatos encima les.
Cogían surfin', también!
Sirviendo el café en aeronaves causa turbulencia.
La vida de un gramático es siempre en tenso.
Así que cogía un teléfono nuevo .
Espera no, lest ye ser decepcionado.
Si hay armonía dentro le, el mundo es armonioso.
Para ser excelente cuándo comprometido en la administración es para ser como la Estrella Del norte.
No cada cuestión merece una respuesta.
Doble y flotar lanzado a cada cual otro.
El labrador apalabró puesto le arriba.
Pies sin patas?
Aquello no sería bastante bueno.
Nada está acabado hasta el papeleo está hecho.
Si deseas ser feliz para un mes, matar vuestro cerdo y comerlo.
La policía sospecha la obra de un asesino de cereal!
La causa primaria del fallo en electrodomésticos eléctricos es una garantía expirada.
Las personas comprarán cualquier cosa aquello es uno a un cliente.
Paseo suavemente y llevar un palo grande.
Es un Hacer Abeja!
Era la clase de cuadro mental intentaste olvidar.
Quién acepta armonía, acaece armonioso.
Un módem es un baudy casa.
No puedo decidir si para cometer suicidio o ir bowling.
Obrando con Julie Andrews es gusta coger pegado sobre la jefa con un valentine.
Minnie El ratón es un lento maze estudiante.
Ninguna moneda canadiense.
Qué sales de depende en qué te puesto a él.
Él quién se pregunta descubre que esto en él es maravilla.
Parecen más temerosos de vida que muerte.
La experiencia es lo que causas una persona para hacer equivocaciones nuevas en vez de viejos unos.
Te pensaste Carga dicha, respondió el Maestro.
Si dices la verdad no tienes que recordar cualquier cosa.
Soy I en Milwaukee?
Cruce sobre una corriente, uno de los chicos cayó su cartera al agua.
El amor es siempre armas abiertas.
Puedes ser infinitamente más pequeño que algunas cosas, pero eres infinitamente más grande que otros.
Dije no supe.
Vuestro visual, olfatorio, y los sentidos auditivos Contribuyen a vuestras destrezas de caza y defensas naturales.
Es la primera palabra un niño aprende y a menudo la primera palabra habla.
Algún aumento por pecado y algunos por caída de virtud.
Prometemos según nuestras esperanzas, y actuar según nuestros miedos.
Dentro de un perro es demasiado oscuro de leer.
Un accidente que no podría esperar para pasar.
no hay ninguna puesto en qué personas son tan inamovibles como sus creencias religiosas.
Supo sobre la mujer del tollway.
Hay dos maneras de desagradar arte.
Cómo cojo CASA ?
Lying Es una parte indispensable de hacer la vida tolerable.
Y la multitud era stilled.
Un conejo ciego era hopping a través del bosque, tropezando sobre registros y chocando a árboles.
Sobre la cosa única en una parque que tiene un tiempo fácil es el perro .
Dolores de parche con proverbios.
Cada cual cree que que es él el espera para salvación.
Qué es comedia?
Cuántos QA ingenieros toma a tornillo en un lightbulb?
Cambiamos Coque otra vez!
Si no tuviste la mayoría de vuestros amigos, no tendrías la mayoría de vuestros problemas.
La indecisión es la base cierta para flexibilidad.
La carencia de destreza dicta economía de moda.
La estadística es ninguna sustituta para juicio.
Un soldado encontrado un telefónico y, utilizando su carta de crédito, llamó Ft.
El carácter es qué eres en la oscuridad!
Y un sentido de humor.
Si apesta, es química .
El punto capital es si puedes decir cuál es qué.
Tiempo para ser agresivo.
El testaje puede asomar el presense de bugs, pero no su ausencia.
Si no fue para suerte mala, no tendría ninguna suerte en absoluto.
Bueno y mejor.
Nueve meses más tarde, estuvieron bendecidos con un hijo de criatura sano.
Felicidad doméstica y amigos fieles.
Principalmente porque nadie entendió chino.
Parecería aquellos retiros de mal cuándo forcibly afrontó.
Así que ganamos.
Nunca aplazado hasta que mañana qué puedes hacer el dia después.
Era mi SOJA LOAF a la izquierda fuera en th'LLUVIA?
No informando tales ingresos pueden dirigir a procesamiento para perjurio y fraude.
Un imbedded el sistema puede no permanentemente confiar en cualquier cosa oye del mundo exterior.
Todos están haciendo bien excepto un par de culebras.
Pero puede tener un gol.
En contra estupidez el muy dioses Ellos contiende en vano.
El más veo de hombres el más admiro perros.
Peaje de llamada número libre antes de cavar.
Y hain't que un grande bastante mayoría en cualquier ciudad?
Debian Es como Suse con yast girado fuera, sólo mejor.
Discard lo, shrug fuera duda, y escoger palabras más dóciles para tomar su parte.
Te dejas repetidamente matar vuestro jefe en la oficina sin ser arrestó.
Vagando Qué es la diferencia entre asentimiento y denegación?
Amor de hombres para preguntarse, y aquello es la semilla de ciencia.
Vuestra vida sería muy vacía si tuviste nada para lamentar.
Los operadores están estando por.
Por ello las herramientas provienen qué existe, Pero uso de qué no.
Un Thaum es la unidad básica de fuerza mágica.
Amantes apasionados wrestle como uno.
Hemos persistido mucho tiempo bastante en las orillas del Océano Cósmico.
El primero está siendo un aguantó.
Rumores sobre el SAG la emisión ha imbalanced el mercado de valores americano para semanas.
Mantener vuestras leyes de mi ente!
Exceptúa con crema ácida.
Las aventuras artísticas destacaron.
Dice algo sentirás para, quiero recibir disculpas.
Galileo no fue asomado los instrumentos de tortura en un debate abstracto sobre moción lunar.
Explicó esto a un hombre quién contestó una puerta.
Empieza cuándo los niños dejan la casa y el perro muere.
Un penique salvó es ridículo.
Atraca un museo.
Bendito es quién espera nada, para nunca será decepcionado.
Fue no justo?
Siempre alguien amoroso algo más de aquella cosa les quiere.
El más sé hombres el más I como mi caballo.
Ente por Nautilus, Cerebro por Mattel.
El fuego no Les Puede Quemar!
Son tanto más jóvenes que utilizaron para ser cuándo era su edad .
Me uno en un rally de masa para actitudes mentales tradicionales!
Puedes tener paz.
Esta señora rubia alta.
no hay ningún tiempo como el presente para aplazar qué te ought para ser haciendo.
Pero no comprometería el wombat En cualquier forma de combate mortal.
El branden ataques tú con un slew de palabras!
Ley de Chicago prohíbe comer en un sitio que es encima fuego.
La ignorancia es fuerza .
La conversación enriquece el comprensivo, pero la soledad es la escuela de genios.
Una puerta es lo que un perro es perpetuamente en el lado incorrecto de.
Alice sentía aún más indignada en esta sugerencia.
Ver cómo corre!
La cortina era arriba.
Prunes Darte un estado en cartelera vuestro dinero.
Andy dejado tiene su trabajo a él!
Si no es en el ordenador, no existe.
Siempre puedes decir suerte de capacidad por su duración.
Mantiene fresco y decir cosas buenas a la máquina.
Malgasta no, coger vuestro presupuesto corta el año que viene.
Ambas parón que obra, si abres ventanas.
Y deseo alguien'd le dispara.
Conscience doth Cobardes de marca de nosotros todo.
hay no tal cosa como honradez brutal.
Utilizaron cardio plato crossoffs.
Todos los niños losienten.
La guerra nunca es imperativa.
Encontrarás una cuestión de mina.
C Carrera de Código.
No he empezado todavía a byte!
Sólo pueden dar contesta.
Es más fácil de resistir al principio que al final.
Bien hoy, más fresco mañana.
Tres tiempo, es la historia de vuestra vida.
Las personas son muy flexibles y aprender para ajustar a extraño Fortran programas, por ejemplo.
El programador de novato stares en maravilla en el pájaro, para lo entiende no.
Y quizás no quiero.
Coges un número de teléfono , un servicio de contestar puedes llamar.
Conscience Es qué duele cuándo todo más siente tan bueno.
En un mundo ordenado, allí ha siempre un sitio para el disorderly.
Aquello significa tienes que vestir derecho.
Por qué hace un barco lleva cargo y un camión lleva shipments?
Mataron la mujer, autopsied le, y efectivamente, encontrado el alemán y el Polo.
Podría ser VUESTRO proyecto de tesis .
Es sólo los hombres sumos quiénes son verdaderamente obscenos.
Despertó arriba esta mañana, no cree qué vi.
Cierto o falso?
El terror de su tiranía, aun así, está aliviado por su carencia de consistencia.
Mejor de encender una vela que para maldecir la oscuridad.
Gota el jarrón y él acaecerán un Ming del pasado.
La cosa buena sobre egotists es que no hablan sobre otras personas.
Da la ilusión que vuestra vida es más interesante que realmente es.
Todos los hombres son mortales.
No sé por qué somos aquí, digo nosotros todos van casa y gratis asociar.
Me traigo mi lazo de oro en llamas!
Las riñas son extremadamente vulgares, para todo el mundo en controles de sociedad buena exactamente la misma opinión.
Él quién ríe dura no ha sido dicho la verdad terrible.
El payaso salió para informar el público.
Los tipos eran después de que me gustarte no puede creer.
Tan famoso como el soldado desconocido.
nunca hay cronometrar para hacerlo bien, pero siempre cronometrar para hacerlo encima.
Cuándo él absolutamente, positivamente Tiene que chocar por la noche.
Los humanos son comunicaciones junkies.
Yendo de frente es una manera de retroceder.
Puede emparejar las etiquetas animales en su ropa.
Un agente vendedor de Chicago estuvo a punto de control a un St.
Somos, como el refrán va, dando fuera la tienda?
Pero entonces viene la maravilla del Minneapple verano.
Si no puedes decir cualquier cosa bueno aproximadamente alguien, sienta aquí mismo por mí.
Un sentido de humor es sólo sentido común, danza.
No pone declaraciones en la forma negativa.
Prueba coger pasado logging en, estamos cortando, cortando, cortando.
Facilidad vuestro cerebro?
No confío en Patas.
La respuesta es doce?
Un hombre muerto no puede morder.
Notas cómo vuestro amigo twitched apresivamente y lloró fuera en dolor?
Deja las personas leen todas las respuestas sin los presentadores de los informativos molestos que entran la manera.
Piensa de vuestro familiar esta noche.
Si quieres venido, no eres invitado.
Veo problema en el camino.
Si el trueno no te coge, entonces el relámpago .
En América, no es cuántos unos costes de elemento, es cuánto salvas.
Toda garantía y cláusulas de garantía acaecen null y void a pago de factura.
Succumb A tendencias naturales.
El default manpage ha sido overwritten con la traducción de abrillantador.
Fumando es, según lo que estoy concernido, el punto entero de ser un adulto.
La respuesta brumosa, pide otra vez más tarde.
El más diplomat sé es un plenamente activado phaser banco.
En teoría, no hay ninguna diferencia entre teoría y práctica.
Por todo significa, no utiliza un martillo.
Para restaurar un sentido de realidad, pienso que Walt Disney tendría que tener un Hardluckland.
Puedes resume vuestro escaño.
Era afortunado.
Y le causó a tickle y escozor.
Y tomas un compliment, también!
La furia competitiva no es siempre rabia.
Quiero conseguir inmortalidad a través de no muriendo.
Las criaturas imaginarias están atrapadas en nacimiento encima celuloide.
Qué sofocado mi risa es que las acceso de imagen.
La ubicación del estado quo.
Dejar vuestro barrow vacío!
Retrasa no, Caesar.
Uso un pun, va a prisión.
Si todavía tendría que probar refractario, Añadir un cuadro de su fábrica.
Yip Es tan rápidamente que ha puesto un récord para ser rápido.
Salivo en la vista de mittens.
Rechazo contestar aquella cuestión.
Cuándo uno lo ha probado, sabe lo que los ángeles comen.
El oso, incapaz de parar, continuado a través de la puerta y a la cabina.
La burocracia está expandiendo para cumplir las necesidades de una burocracia de expandir.
Para un hombre a verdaderamente entender rechazo, primero tiene que ser ignorado por un gato.
Gota que pepinillo!
Nosotros todos necesitan alguien para hablar a.
Un hombre envolvió arriba en él hace un envase muy pequeño.
Quién se preocupa si es abajo cero exterior.
Pienso no, mi amigo, pienso no.
Estas personas quieren coches rápidos.
Las palabras tienen una vida más larga que acciones.
Todo este wheeling y tratando alrededor, por qué, no es para dinero, es para divertido.
Las mujeres llevan calcetines extraños.
De hecho, la mayoría de proyectos de casa son imposibles, el cual es por qué tú te les tendría que hacer.
Evita realidad a toda costa.
Hombres de muerte afluyen a vida, y ebb a muerte.
Si tienes que odio, odio suavemente.
La cosa mejor próxima a keypunching.
A no ser que quieres alguien, nada más hace cualquier sentido.
Aquello eres y me, y hermano, estoy cansándome de hacer todo yo!
Entonces atarles a una metáfora o tres, y tomar a la fuerza una malla de satisfacer.
Por qué los números incorrectos nunca son ocupados?
Dice sientes cuándo doliste alguien.
Me pregunto por qué?
Pocas chicas, como mariposas, necesidad ninguna excusa.
Eres un excelente tactician, Capitán.
Inspirado en una historia cierta.
En mi círculo, aquello significa clase.
Tiene reconsideraste una carrera de ordenador?
A tal cuestión Tortue invariablemente sentado silencioso.
Era en este restaurante.
Para ser bello es bastante!
Un hombre, un plan, un canal, Panamá.
La bigamia es habiendo un cónyuge demasiados.
Este mensaje estuvo traído a ti por Linux, el libre unix.
Honraré Navidad en mi corazón, e intentar mantenerlo todo el año.
Algunas personas sólo abren hasta decirte que están cerrados.
Es un pecado para creer mal de otros, pero es raramente una equivocación.
No quiero personas para quererme.
Echar todo los otros ingredientes fuera.
Un howling hellcat humping un acero caliente hog en un rugiendo rampage de venganza!
Eres haciendo todo este arriba sobre la marcha?
Es es hacer!
Su honor arraigado en deshonrar estado, Y fe unfaithful mantenido le falsamente cierto.
Siendo popular es importante.
La educación es el proceso de lanzar falso pearls antes de cerdo real.
Si ves Tubby en una parcela de aparcamiento puede tener un sheepish grin.
El éxito es un viaje , no un destino.
La protección más segura en contra la tentación es cobardía .
Naturalmente, orbitaría Sputnik, no Tierra!
Ambos modelos son idénticos en actuación, operación funcional, y detalles de circuito de la interfaz.
El hombre quien adoramos cuándo toca el violín tocó el piano.
La restricción Dirige una nación suma como cocinarías un pez delicado.
Puedes dejar en un taxi.
La modestia es un vastly overrated virtud.
Teléfonos de tono del tacto sólo.
Las declaraciones son, por tanto, limitados para EMPEZAR, FIN y PARÓN.
La cosa mejor aproximadamente creciendo más viejo es que toma un tiempo tan largo.
Ahora tienes Gripe asiática.
Una imposibilidad probable es siempre preferible a un unconvincing posibilidad.
La gravedad tranquila es la fuente de ligereza, Calma, el maestro de prisa.
En su libro, Señor
Personas que humilla un salami!
PIENSO que el HOMBRE INVENTÓ EL COCHE por instinto.
Cada beso es como el primero.
Whaddya Malo, es un horno microondas ?
Cuatro ojos ven más que dos.
había primero un juego de blindman buff.
Algunos de ellos van para la navegación, Cogido por el señuelo del mar.
Las cosas que personas de interés más son normalmente ninguno de su negocio.
La navegación es divertida, pero scrubbing las cubiertas es aardvark.
Así que crees que que el dinero es la raíz de todo mal.
Por qué hacer los poetas del presentes no hablar de él?
Pop él a la olla.
Si puns era deli carne, esto sería el wurst.
Pagarás para vuestros pecados.
Estand de matemáticos en cada otro es hombros.
El hombre con el trabajo mejor en el país es el Vicepresidente.
Si pusiste todo de nuestro fin de leyes para acabar, no habría ningún fin.
Dejado lo simmer.
La moda no puede ser la respuesta, pero al menos es una alternativa factible .
Los niños son imprevisibles.
Pero un auténtico soothsayer tendría que ser disparado encima vista.
Hizo tan.
Para culpar alguien más para vuestras equivocaciones es aún más humanas.
Desarrollo para Linux para un viviente, utilicé para desarrollar para DOS.
Pido sólo una cosa.
Cada absurdidad tiene un abanderar quién lo defenderá.
Una empresa está sabida por los hombres mantiene.
Los hombres son vaguely conscientes de algunas personas cortas viviendo en la casa.
Debido a su acné.
El perro está nombrado Herbert .
Nuestra misión informal es para mejorar la vida de amor de operadores en todo el mundo.
El sueño bueno mejor, pero el malo parece para gozar las horas de despertar mucho más.
Me asomo un sane el hombre y yo le curarán para ti.
Salvar las pacas!
Mosto trabaja duro Como Andy bade y hasta el muy tierra?
Como hablaron un Multics sistema hacker andado por.
Comentario de Dr.
juzgarás de un hombre por sus enemigos así como por sus amigos.
La locura toma su peaje.
Desde entonces somos todos aquí, no tenemos que ser todo allí.
Cuándo estás cenando fuera y sospechas algo es mal, eres probablemente bien.
Utilizaron astutos.
Amistades último cuando cada amigo piensa que tiene una superioridad leve sobre el otro.
Odiamos que expresión!
Linux es addictive, soy hooked!
Nunca desde tiempo prehistórico, los hombres sensatos han intentado entender qué, exactamente, risa de personas de la marca.
Tan cerrado yer hacer frente y seco yer mucklucks por el fuego, eh?
Vuestro programa es enfermo!
La chica la puerta próxima compró un álbum también, y empezó su colección propia.
Ser prudente de leer libros de salud, podrías morir de un misprint.
Los programadores reales piensan mejores cuándo tocando Aventura o Rogue.
Ser libre y abierto y breezy!
Catproof Es un oxímoron, childproof casi tan.
Pienso hay una lonja mundial para aproximadamente cinco ordenadores.
Pides lo que una chica buena hará?
Dos no es igual a tres, incluso para valores grandes de dos.
Las estructuras lógicas ya no le inhibieron.
Con un eléctrico mixer, batió una mantequilla de copa en un grande fluffy bol.
La realidad es sólo una medida conveniente de complejidad.
Esto no es el GNU licencia pública.
Para aquella razón, necesitamos el alivio de mirar pasa a un pato en cambio.
Ninguna alma excelente es eximir de una mezcla de locura.
Después de un número de sitios decimales, nadie da un damn.
El silencio es el elemento en qué moda de cosas suma ellos.
Sabes, naturalmente, que el Tasmanians, quién nunca adulterio comprometido, es ahora extinto.
Sólo ir adelante y escribir vuestro propio multitasking multiuser os!
Quienes pueden no, escribir las instrucciones.
Jack y sus relaciones eran pobres.
El asunto no puede ser creado o destruido, ni puede lo ser regresado sin un recibo.
Fred notó su roommate tuvo un ojo negro a regresar de un baile.
Escalada a un taburete de barra, una pieza de serie pidió una cerveza.
Los americanos son personas quiénes insisten en vivientes en el presente, tenso.
Sé de muy pocas cosas tomaría seriamente.
Ir subir una gravedad bien!
Los programadores reales no escriben en FORTRAN.
Cuánto tiempo un minuto es depende en qué lado de la puerta de baño eres encima.
Heuristics Debilitar la mente.
Si matemáticamente acabas con la respuesta incorrecta, prueba multiplicar por el número de página.
Una sociedad libre es un dónde es seguro de ser impopular.
Regla el Imperio a través de fuerza.
Recoger el conjunto entero.
El tiempo es un profesor sumo , pero desafortunadamente mata todas sus pupilas.
El startled el gato huido en miedo para su vida.
Un intelectual es alguien cuya mente se mira.
Si sólo podría recordar qué era.
Ellos rang fuera de claros y limpios.
Hoy soy un perro .
Cuándo mira abajo, paraphrase la cuestión atrás en él.
Si te das un beso, aquello es una interacción psicológica .
Le dio un cariz que te podría haber vertido en un waffle.
Piensa honk si eres un telepath.
Con cinco escaños vacíos.
Estas observaciones tendrían que ser limitadas a personas de edad media.
Ahora quieres estas lecciones libres o qué?
Desesperadamente él pounded en la puerta.
Te Personas de tierra glorificaron violencia organizada para cuarenta siglos.
Una vez puedes fingir que, tienes hizo.
Aparentemente es tan rápidamente puede fotografiar un americano con su boca cerró!
El amor más sumo es una madre es, entonces un perro es, entonces un sweetheart es.
Ellos Rey cogido finalmente Midas, oigo.
Jim Rockford máquina, esto es Larry Doheny máquina.
Pienso que soy en el edificio incorrecto.
Pone cosas atrás dónde les encontraste.
Así que imaginé lo que el infierno, y lo condujo alrededor el bloque unos cuantos tiempo.
Fuerte burping mientras andando alrededor del aeropuerto está prohibido en Halstead, Kansas.
Y el, um, las llanuras extienden fuera como mis mamás girdle, eh?
Entonces tomé uno fuera y corrió alrededor en círculos.
Bendito es quién no espera ningún agradecimiento, para no será decepcionado.
Después de que unos cuantos años aburridos, socialmente rock significativo 'n' el corro murió fuera.
Los cambios en aquel nivel es qué quiero oír aproximadamente, no relaciones de empresa estratégica.
El cariz en una cara, la música de un violín.
Si vuestra madre supo qué estás haciendo, probablemente colgaría su jefa y grito.
Una mujer bella es una bendición de Heaven, pero un cigarro bueno es un humo .
Si poco más, el cerebro es un juguete educativo .
Como verás, les dije, sin tapujos, para ver Cifra un.
Pides demasiadas cuestiones.
La divinidad de Jesus está hecha una portada conveniente para absurdidad.
No te puedes ahuyentar para siempre, Pero hay nada incorrecto con coger un inicio de jefa bueno.
Un possum se tiene que ser, y ser él es sincero.
SOMOS tan dioses y también podría coger bueno en él.
Personas de los años ochenta compran hilo dental importado.
Un hombre con uno mira sabe qué tiempo es.
Yo siempre pase en consejo bueno.
La deidad Come Icecream Aquello es Amarillo.
Ante todo, no corrido después de vuestro cámara.
El problema con dinero es cuesta demasiado!
Roland buscó el continente, para el hombre que'd hecho le en.
Desde entonces dolí mi péndulo Mi vida es todo erratic.
Viejo Grandad es muerto pero sus alcoholes se mantienen.
Está llenado con el Tao.
La información necesitas es en el otros.
La mayoría de personas son demasiado ocupadas de tener tiempo para cualquier cosa importante.
Puso no preconditions.
Escribiendo el software es más divertido que laborable.
Luego más es un sysop quién está querido.
El intelecto anula Destino.
La realidad tiene que tomar precedencia sobre relaciones públicas, para Carácter de Madre no puede ser fooled.
El amor es el triunfo de imaginación encima inteligencia.
La Fuerza es qué aguanta todo junto.
Poca señorita Muffet sentado en su gluteal región, Comiendo componentes de soured leche.
Intel CPUs No es defectuoso, sólo obran aquella manera.
Estos dos plus dos más producirá medio otra vez como muchas ideas.
Reloj vuestra boca, niño, o te encontrarás casa flotante.
Es verdad no verdad para todo?
Nunca mantener arriba con los Jones.
Vida demandas únicas de ti la fuerza posees.
La comedia es difícil.
Dónde soy I?
Para bueno, bien de regreso.
Es ningún abogado quiénes no pueden tomar dos lados.
El dios creó unas cuantas jefas perfectas.
El caos es Rey y Magia es suelto en el mundo.
Cada persona tiene el derecho de tomar el metro.
Power es el más fino token de afecto.
La derrota es peor que muerte porque tienes que vivir con derrota.
Requiere inteligencia, dedicación, y una cantidad enorme de trabajo duro.
Las personas van a chillar asesinato sangriento sobre aquel.
Incluso una col puede mirar en un rey.
Tiempo suficiente dado, qué aplazas hacer hoy cogerá hecho por él.
Una vez has visto uno guerra nuclear, les has visto todo.
Una vez vuestra reputación está hecha Te puede vivir una vida de divertido.
no hay ninguna música en espacial.
Una equivocación llevó fuera a la perfección.
Algunas personas vida viva en el camino rápido.
nota?
El ruido prueba nada.
La manera favorita de la mayoría de personas para acabar un juego es por ganador.
Pero decir mis versos no escanean, Y me cojo otro hombre!
La palabra 'cybernetic' es mucho más pertinente.
Los ojos de impuestos son a ti.
La primera versión siempre coge echada fuera.
Los programas reales no comen cache.
El dinero es cómo nosotros mantiene marcador.
Es en la cota de sus poderes.
Aprendemos de historia que no aprendemos de historia.
Mantiene fuera de lograr de niños.
Otros son tan rápidamente, no te notan.
No es gracioso.
Puesto vuestra confianza en quienes son dignos.
Dónde es John Carson ahora que le necesitamos?
Un niño de cinco podría entender esto!
hay todavía demasiadas personas y demasiados stares, siempre taunting, siempre smirking.
Beware De amigos quiénes son falsos y engañosos.
El Gobierno de Dublín inmediatamente anunciado para un agente de aplicación de paga igual.
Y aquello es por qué vuestro mayo de Primo Fue al traste el parlor piso hoy.
Hacer vuestro tiempo.
hay no otra manera para nosotros.
Un nivel nuevo elegante en excelencia de calidad y discriminando handcraftsmanship.
Claro es thy ojos y brillantes thy respiro!
Para hacer nada es para ser nada.
Strive Para quedarse empleado.
Tropecé sobre un agujero que enganchaba arriba fuera de la tierra.
Complacer actualizar vuestros programas.
Aquellos programadores viven allende el mundo físico.
Para ser un hombre, tienes que aprender para seguir órdenes.
Baby A bordo.
Programador amigo, saludos!
Vuestra sociedad será buscada por personas de gusto y refinamiento.
Para ser querido es muy desmoralizando.
Esto es mi hermano Bob , y esto es mi otro hermano Jimbo.
Es limpia en otras dimensiones?
La suma de la inteligencia del mundo es constante.
Por qué Ventanas de uso cuándo puedes tener condicionante de aire?
Sólo una persona mediocre es siempre en su mejor.
Por qué me dejo aquí todo solo?
La obra continúa en esta área.
Cuándo unas risas de vaca, ordeña salido de su nariz?
Ahora eres satisfecho?
Mis bebidas de madre para olvidar bebe.
Mantequilla arriba de un amigo.
Yo nunca puesto en un par de zapatos hasta que les he llevado cinco años.
La aversión ardiente puede dar significar y propósito a una vida vacía.
Ningún cuadro de Guerra Civil nunca hizo un níquel.
Dicen el presidente y nosotros dicen el cerebro averió git.
No tocaré en arrastrar o' guerra.
El idle la mente sabe no qué es quiere.
Venido deprisa, estoy probando estrellas!
Hablar la generalidad de esta ley, y razones posibles para su poder predictivo.
Bronceado me escondrijo cuándo soy muerto, Fred, Bronceado me escondrijo cuándo soy muerto.
Él quién ataca el fundamentals del americano retransmitiendo democracia de ataques de la industria él.
La inteligencia militar es una contradicción en plazos.
Nunca ser dirigido astray a la ruta de virtud.
Este triste poco lagarto me dije que era un brontosaurus en el lado de su madre.
Vivirás para ver vuestros nietos.
Cuándo naciste, una casualidad grande estuvo tomada para ti.
Científicos de ordenador real no programan en ensamblador.
Para vivo libre y afortunadamente, tienes que sacrificar aburrimiento.
Compré algunos pintura utilizada.
El gusano temprano coge el pájaro .
Sin vida, Biología él sería imposible.
Hay una clase de justicia áspera, es allí no?
Escribimos el libro encima vertederos de núcleo.
Alimenté el gato.
Eres tan aburriendo que cuándo te ves mis pies van para dormir.
Tendrás suerte buena y vencer muchos trances.
Puede haber ninguna democracia diaria sin ciudadanía diaria.
Interior de un VAX en una plaza de silicio.
Sic Transit Gloria Thursdi.
Todo las ideas buenas parecen ideas malas a quienes son perdedores .
Poste proelium, praemium.
Sol en la noche, todo el mundo es junto, Ascendiendo a los cielos, la vida es para siempre.
Senté reír snidely a mi libreta hasta que me asomamos un PC que corre Linux.
Encuentro careces de de fe en el adelante dithturbing.
Cuándo tener que un hombre casa?
Cuándo miras alrededor tú siempre puede ver alguien quién peor.
El ejemplo no es la cosa principal en influir otros.
Qué pases para la intuición de la mujer es a menudo nada más de la transparencia del hombre.
Huelo un PERRO de MAÍZ RANCIO!
Acento en lado útil de vuestra carácter.
El veneno más seguro es tiempo .
Día excelente para poner Slinkies en un escalator.
Era en un concurso de belleza un.
Qué ironía terrible es esto ?
Un estudiantil quién cambia el curso de la historia probablemente está tomando un examen.
No eres muerto todavía.
Si las cosas no mejoran pronto, tú mejor pedirles para parar ayudándote.
Mi polyvinyl cartera de cowboy estuvo hecha en Hong Kong por Montgomery Clift!
Si sabrías el valor de dinero, ir intentar tomar prestado algunos.
Otro sueña aquello falló.
Si alimentario ser la música de amor, come arriba, come arriba.
No realmente loentendemos, así que lo daremos a los programadores.
hay siempre un oficial executioner.
Cuándo es bastante oscuro puedes ver las estrellas.
Algunas personas carve carreras, otros chisel les.
Bandas de goma tienen snappy finales!
Otra noche buena no para dormir en un árbol eucalipto.
La tecnología está dominada por quienes dirigen qué no entienden.
Darás alguien una pieza de vuestra mente, el cual te puede enfermo proporciona.
Eres un padre?
El hardware tiene limitaciones, software no.
Así que por qué NO tomar venganza?
Una onza de madre vale una tonelada de sacerdote.
La convención es la gobernanta de todo.
El impuesto sobre la renta ha hecho más mentirosos fuera de las personas americanas que golf tiene.
O te mataré.
Llamada él 'XWindows' y alguien smack te y lo habrás merecido.
Lo mantengo esparcido en playas en todo el mundo.
Para tecnología de infraestructura, C será duro de desplazar.
Cum tacent, clamant.
La entropía No requiere ningún mantenimiento.
Sólo a través del trabajo duro y la perseverancia pueden uno verdaderamente padece.
Pero otros no.
Nadie sabe qué va entre sus dedos fríos y sus orejas tibias.
Si el dios había pretendido Hombre para Fumar, le habría puesto encima Fuego.
Puedes whittle plumines a vuestro gusto individual.
Sólo verterme uno.
Viga me arriba, Scotty, hay no vida inteligente abajo aquí!
El precio no incluye impuestos, traficante prep, o entrega.
Aún así todo quiénes le conocen considerarle uno de los programadores mejores en el mundo.
Los ordenadores hacen criados excelentes y eficaces, pero tengo ningún deseo de servir debajo les.
No creí en reencarnación en cualquier de mis otras vidas.
Para ser o no para ser, aquello es la línea inferior .
Tienes que defender vuestra integridad, asumiendo tienes integridad para defender.
Si la verdad es belleza , por qué nadie tiene su cabello hecho en la biblioteca?
Los celos es toda la diversión piensas que tienen.
Vuestro corazón es puro, y vuestra mente clara, y vuestra alma devout.
La manera algunas personas encuentran falta, pensarías había alguna clase de recompensa.
El adjetivo es la monda de plátano de las categorías gramaticales.
La vida es como un sewer.
No me sé y el dios prohíbe que tengo que.
La cordura está sabiendo qué para hacer con qué sabes.
El alcohol de Platón muere duro.
Ahora todo tienes que hacer es curva un disco.
Unix es maduro OS, las ventanas sigue en los pañales y ellos huelen mal.
Entonces pone una OLLA grande DEL ORO cercano.
Y el poder atómico corrompe atomically.
Si sólo tuviste una personalidad en vez de una actitud.
La predestinación estuvo condenada del inicio.
Sí tengo un Machintosh, complacer no chilla en mí.
aquello era tan en nuestros lenguajes de programación.
Cómo puede entiendo la fuente del mundo?
Lo tienes que comer no obstante.
Y a sus personas.
De repente, aquí viene.
Una onza de verdad clara vale una libra de obfuscation.
La evolución es un bankrupt filosofía especulativa, no un hecho científico.
Llenar qué es vacío, vacío qué es lleno, arañazo donde él escozores.
Si no lo puedes entender, es intuitively obvio.
Abraham Lincoln no murió en vano.
Un hombre no mira detrás de la puerta a no ser que ha estado allí él.
Es imposible de gozar idling exhaustivamente a no ser que uno tiene abundancia de obrar para hacer.
Así que él nurtures los mundos de otros Como madre sus niños.
Y ahora para algo completamente igual.
Otro día, otro dólar.
Un cuervo perched él en un cable telefónico.
Entonces cumplí un hombre quién no tuvo ningún pie, así que tomé sus zapatos.
Aquello significa era unconscious.
Despertando una persona innecesariamente no tendría que ser considerada un delito capital.
Es cuándo yo lucha para ser breve que acaezco oscuro.
Eres enfermo, torcido y pervirtió.
Cleanse Área exhaustivamente antes de aplicar.
Alguien en el grupo tiene que ser la gerente.
Los resultados no son típicos.
Para dirigir personas, tienes que seguir detrás.
Ser un psiquiatra mejor y el mundo batirán un psicópata a vuestra puerta.
Sólo para acordar todo el mundo.
La máquina obró.
Utilizaron bribery.
Hay algún valor de cosas muriendo para.
O cambias vuestro importante a biología?
Cuándo los científicos séniors dirigen los problemas a mano, los problemas pronto serán solucionados.
Tienes la capacidad de aprender de equivocaciones.
Un contrato verbal no es valor el papel está escrito encima.
Es mucho más fácil de ser crítico que para ser correcto.
Él quién es flogged por destino y ríe el más fuerte es un masochist.
Byte vuestra lengua.
Combina bien con prueba por omisión.
Mi ranting coge raves.
Los pilotos son plano justo folks.
Si votando podría cambiar el sistema, sería ilegal.
no hay ningún proverbio que no es cierto.
Estancia la maldición.
Betsy Tampoco había quemado les o les utilizó tan fondos de pastel.
Mi hermana abrió una tienda de ordenador en Hawái.
Las mentiras futuras adelante.
Pena sustancial para retirada temprana.
Físicos de polímero son a cadenas.
Para escribir un soneto tienes que ruthlessly tira abajo vuestras palabras a carne en cueros , dispuesta.
Es en en casa gozando capitalismo?
Si ellos ser habitados, lo que un alcance para misery y locura.
La Constitución no puede ser perfecta, pero es mucho mejor que qué tenemos!
Entonces abro la puerta despacio, toma de mis zapatos, y tiptoe a nuestra sala.
No es nuestro es tampoco.
El prejuicio está haciendo un juicio antes de que has mirado en los hechos.
Siempre encontrarás algo en el último sitio miras.
Interior venido, el espectáculo es aproximadamente para empezar, Guaranteed para soplar vuestra jefa aparte.
Fines de inocencia cuándo uno está desnudado del delusion que a uno le gusta oneself.
Una deuda nacional, si no es excesivo, será a nosotros una bendición nacional.
Sólo necesito bastante a marea me encima hasta que necesito más.
Cada nube engendra no una tormenta.
La experiencia es la profesora peor .
Esta persona tiene que ser disparada.
Adivino algunas cosas nunca tedejan.
La corrección hace mucho, pero el ánimo hace más.
Bizarreness Es la esencia del exótico.
Ed Sullivan será alrededor mientras alguien más tiene talento.
El dinero puede comprar la amistad pero el dinero no pueden comprar amor.
Nunca cumplí una mujer no podría beber bastante.
Come bebida y ser alegre!
Nunca utiliza pelusa, Aquel sordo, mudo, y niño ciego, Seguro envía un paquete malo.
El matrimonio es abajo abajo, pero pasas el resto de vuestra vida que paga para él.
Todo el mundo escribe en las muro meexceptúan.
Todo el terrible templar berrinches, llanto, y las amenazas están eliminadas.
A no ser que es realmente atractiva.
Utilizaron búsqueda y ataque.
Ley de Texas prohíbe cualquiera para tener un par de pliers en su posesión.
La manera más fácil de coger la contraseña de raíz es para acaecer sistema admin.
Elemento accionario lo embarcamos antes de que y lo puede hacer otra vez.
Vender un país!
La política hace extraña bedfellows, y el periodismo hace política extraña.
Toma una clase especial de valor para afrontar qué nosotros todos tienen que cara.
Él quién anda en los carbones en llamas es seguro para coger quemado.
Puedes poner a punto un filesystem, pero puedes no pez de atún.
Llaman esto su punto de vista.
Pegando un árbol es sencillamente suerte mala y tiene ningún sitio en un juego científico.
O tú o yo tenéis que ceder arriba de su vida a Ahrimanes.
No mato moscas, pero me gusta a desorden con sus mentes.
Vending Las máquinas no venden quiche.
Fools Ignora complejidad.
Entonces shalt thou cuenta a tres.
Lo conoce mosto outrun la gacela más lenta o él starve a muerte.
Nuestro horizonte está torcido, nuestro warheads es MIRVed, Y un kilogramo pesa a medias una libra.
Amor en vuestro corazón no fue poner allí para quedarse.
Estas COPAS DE mi partygoing experiencia!
Una consistencia tonta es el hobgoblin de mentes pequeñas.
Mucho tiempo vivir la revolución!
Uno siempre tendría que ser enamorado.
La lógica es la cinta de castidad de la mente!
Ser circumspect en vuestros enlaces con mujeres.
Y las medidas no corren la manera utilizaron a.
El dentífrico nunca duele el gusto de bueno scotch.
Cuándo su boca empieza mover, aquello es cuándo él es lying!
La ignorancia es nuestro la mayoría de recurso importante .
Hegel Tiene que ser tomar la vista larga.
Así mismo la amistad de restos de personas en ayuda mutua.
Quizás el vuestro está mirando televisión.
Toma no un solo mordió!
Qué pecado no ha sido cometido en el nombre de eficacia?
Una criatura prpers gusta, aún así vuela!
Esto es, para ser seguro, un más difícil pero un incomparably tarea más digna.
Es más magnífico de pensar e investigar para tú que para repetir un credo.
El dinero es la raíz de toda riqueza.
Después de que doce años de terapia mi psiquiatra dijo algo aquello trajo lágrimas a mis ojos.
Inicio con negociación e implicación.
Estos son misterios sumos .
Hacer qué viene naturalmente.
Siempre estás haciendo algo insignificante cuándo el jefe pasa por vuestro escritorio.
Seré sereno por la mañana.
Ahora tuvimos corredores en segundo y tercio.
Una libra de sal no sweeten una taza sola de té.
Puede tengo un ELEMENTO de IMPULSO en cambio?
Una onza de hipocresía vale una libra de ambición.
Detrás de cada ordenador sumo sienta un flaco poco geek.
El rico coge rico, y el pobre coge más pobre.
Pero yo bastante, por lejano, dado en un mountainside que en cama.
Fuegos de bosque causan Smokey Osos.
La alineación de la estrella lo tiene intruded entre personas quiénes tienen armas nucleares.
Dentro de un ordenador, la lengua natural es antinatural.
Depart No de la ruta qué destino te ha asignado.
La vida es como una analogía.
La democracia es el nombre damos las personas siempre que les necesitamos.
Obtendrás dinero por una acción inmoral.
Por eso los programas de Gurú sin hacer cualquier cosa y teaches sin refrán cualquier cosa.
Si la vida existe en otros planetas, esto puede ser el primer mensaje recibido de nosotros.
Está hoy, un monumento a alcohol humano.
Muchos pasan frío, pero pocos están congelados.
Beware De Bigfoot!
George Orwell era un optimista.
O a algo le gustar aquello.
Si quieres risa de Dios de la marca, decirle aproximadamente vuestros planes.
Mañana será anulado debido a carencia de interés.
No sé cualquier cosa aproximadamente música.
No puedo entender por qué las personas pasan miedo de ideas nuevas.
Quienquiera muere con el más los juguetes gana.
EL agua Caliente es una cosa noble!
Enviamos los Marines!
Cada hombre piensa que el dios es en su lado.
Tú sólo espera, pecaré caja I golpe arriba!
Una clase de Batman de letras contemporáneas.
Si te he dicho una vez, te he dicho mil tiempo, resiste hipérbole.
Tienes que absorber su fuerza y convertirlo a vuestros usuarios tan más puedes.
Sé la respuesta!
A veces me preocupo aproximadamente siendo un éxito en un mundo mediocre.
Para cada aparato de hardware desconocido añade dos meses.
Entra allí y palo arriba para tú.
Uno de los hombres sale y va a la oficina.
Solitario es un hombre sin amor.
Desagüe el moat.
no hay ninguna superficie.
C lo hace fácil para ti para te disparar en el pie.
Y cortamente clad mujeres.
Alguien probará a honk vuestra nariz hoy.
De ahí educación Universitaria.
Pero para utilizar carácter para controlar una nación fortalece la nación.
Siempre puedes decir las personas que está forjando la frontera nueva.
El fallo es más frecuentemente de querer de energía que querer de capital.
Qué es importante es alimentario, dinero y oportunidades para puntuar fuera uno es enemigos .
En el comienzo, estuve hecho.
Ahora sé lo que aquellos doctores llevaban máscaras para.
Coges él de vuestros niños.
Lo pasé encima un fling con vuestro amigo mejor, Charles.
Crisis de disco, complacer limpio arriba!
Psychiatry Es el cuidado del id por el extraño.
Última semana tres de ellos murieron.
Un hueso de rodamiento No reúne ningún musgo.
hay siempre algo nuevo fuera de África.
Qué prueba mejor que los Progenitores favorecen no te, pero nos!
Dos puede Vivir tan Baratamente como Uno para Medio como Mucho tiempo.
Aquello cuál no es bien para el enjambre, tampoco es bien para la abeja.
Confucius Dice demasiado.
El patriotismo es el último refuge de un sinvergüenza.
Hop A lo largo de mis pocos amigos, arriba del Withywindle!
Siempre digo la belleza es sólo pecar profundo.
no hay ninguna VERDAD.
Cuándo comiendo un elefante toma uno muerde a la vez.
El matrimonio es la causa única de divorcio.
Pero resolveré para una cerveza.
Mi nur rigardadas.
Una guerra nuclear puede arruinar vuestro día entero.
Juego Rogue, visita ubicaciones exóticas, cumple criaturas extrañas y matarles.
La fricción es un arrastrar.
Nada importa mucho, y pocas cosas importan en absoluto.
Un vientre lleno hace un atenuar cerebro.
El carbonyl está polarizado, El fin de delta es plus .
Para uso de oficina sólo.
Las personas gordas del mundo unen, tenemos nada para perder!
La lonja de ordenador personal es sobre la misma medida como la lonja de chip de patata total.
También puedes llevar una nariz mitten.
Pequeño es bello.
Pronostico este motel será estar, Hasta que he pagado mi factura.
Obtendrás dinero por una especulación o lotería.
Dónde hay vapores visibles, habiendo su prevenance en materiales carbónicos incendiados, hay conflagration.
Mi amor único saltado de mi odio único!
Dos injusticias son sólo el comienzo.
Los matrimonios están hechos en cielo y consumó encima tierra.
Dice que Unix corre demasiado lento!
El problema con tú Es el problema conmigo.
La conformidad es el refuge del unimaginative.
Primera atracción arriba, entonces estira abajo.
El navío no incluido.
Provee a vuestro favorito neurosis.
Tan loco como hauling timber al bosque.
Cualquier excusa servirá un tirano.
Tenemos furgonetas emotivas emocionales.
El divorcio es un juego tocado por abogados.
Un comercio por cuál beneficios y el otro pierde es un fraude.
Una memoria larga es la idea más subversiva en América.
Pero es qué quiero hacer.
La vida es como un bol de sopa con los cabellos que flotan encima lo.
Si lo puedes oír o no, el universo está riendo detrás de vuestro atrás.
Tienes nada para perder pero vuestras sillas.
Qué uso es mágico si no puede salvar un unicornio?
Tengo la colección más grande del mundo de conchas de mar.
Una cosa no es necesariamente cierto porque un hombre muere para él.
Diplomats Decir mentiras a periodistas, y creen qué leyeron.
Probablemente contienes un germen.
Probablemente un Pisces, obrando para escala.
Bebida bien Scotch para un cambio.
no hay ningún ganador en vida, supervivientes únicos.
Negligencia del deber no cesa, por repetición, para ser negligencia de deber.
Youre Dos números, una pizca, tres más números, otra pizca y otro número.
Los elementos claves en el pensamiento humano no es números pero sello de conjuntos borrosos.
Es ridículo de llamar esto una industria.
Pone el carro antes del caballo.
Qué pasa a un sueño deferred?
Motor profesional pista cerrada encima.
Pronto podría oír rustling ruidos en el bosque.
La elocuencia es lógica encima fuego.
Después de que un rato correrías fuera de airear para pulsar en contra.
Si la práctica hace perfecta, y nadie es perfecto, por qué práctica?
Es la uniformidad realizable?
Antes de que supe la parte mejor de mi vida había venido, había ido.
Esto es el primer problema numérico I nunca hizo.
Significan bien.
La primera obra de un arquitecto es apta de ser de sobra y limpio.
Los programas reales no utilizan texto compartido.
Conoces es lunes cuándo despiertas arriba y es martes .
Tomé un pez se dirige a las películas y yo no tienen que paga.
Nunca diría mi apodo en una crisis.
Todo es posible.
El anuncio es la parte más veraz de un diario.
Luces de reloj se apagan de cada sala.
Para evitar suffocation, mantiene fuera de niños.
Coge para obrar puntualmente.
Toss Tapones de dinamita bajo un flamenco el talón del bailarín.
Jefa desproporcionadamente delantero grande y cuervo, tez wan y sightly gris de CRT iluminación.
Personas muchísimas sé creer en pensamiento positivo, y así que yo.
Por qué tienes que saber tanto?
Creo que parte de qué propels la ciencia es la sed para maravilla.
No piensa por infección, cogiendo una opinión como un frío.
Aún así beneficio sin acción, Y experiencia sin abstracción, Es practicado por muy pocos.
Centenar miles de millones botes lavaron arriba en la orilla.
Pido un fin de semana en Havana con Phil Platas!
Él quién sabe que bastante es bastante siempre haber bastante.
Qué no entendemos no poseemos.
Ningún asunto cómo cínico coges, es imposible de mantener arriba.
Mis mentiras de problema en reconciliar mis hábitos brutos con mis ingresos netos.
Hoy es el mañana te preocupaste aproximadamente ayer.
Qué ya hacer con vuestra carga y vuestra cruz?
Puedes destruir vuestro ahora por preocuparse aproximadamente mañana.
Complacer ignorar fortuna anterior.
hay no manifestos gusta cañón y musketry.
Me digo cuánto coges hecho.
Wad Algún poder el giftie gie nos para ver oursels como otros nos vemos.
te gusta aprender cómo para ser un poco phony otra vez?
Cuenta Basie judío.
Incluso si me persuado, no me persuadirás.
El matrimonio es una confesión pública horrorosa de una intención estrictamente privada.
Si no puedo doblar Cielo, moveré Infierno.
No creo cualquiera de ellos nunca suicidio comprometido.
Cualquier cosa acaecía de verdad eterna?
En habla, ser cierto.
Dejado alguien más tecomete.
No es refined.
Soy siempre satisfecho con el mejor.
Enseñar un hombre para pescar, y se invitará encima para cena.
Tomar un astronauta para lanzar.
Si algunas personas no te dijeron, nunca conocerías habían sido fuera encima vacaciones.
Te adivinas los tipos cogían MÚSCULOS GRANDES de hacer demasiado ESTUDIANDO!
Talento qué lo puede.
Poste ninguna factura.
Me cansé de escuchar al registro en el teléfono en el teatro de película.
Las personas necesitan mentiras buenas.
El genio puede tener sus limitaciones, pero la estupidez no es así minusválido.
El precio no incluye impuestos.
Mucho impresionado por este noticioso, muchos de su peers fue para hablar con él.
Naturalmente tendríamos que interferir!
Pareces el gato que tragó el canary.
La ciencia está construida arriba de hechos, como la casa es con huesos.
Quizás tendríamos que invadir Dakota del Sur o algo.
La Carretera va nunca encima y encima Abajo de la puerta donde empezó.
Hay un número finito de chistes en el universo.
El grifo se era una criatura compuesta, león medio y águila media.
Esto deja la colección de basura de significativamente más Qs.
A quien las mañanas son como noches, Qué mosto las medianoches ser!
Cuándo eres a la cabeza, orden.
Serás sorprendido por un ruido fuerte.
Digo que era una sardina?
Beware De perro.
Para valor mounteth con ocasión.
Qué puede cambia?
Ninguna buena acción va unpunished.
Nunca intentar enseñar un cerdo para cantar.
Even palabras parece filigranas decorativas en exóticos typefaces.
Dado mi druthers, hube druther no.
Corre todos sus programas en RPG!
También utilizado es FROBNULE, FROBULE, y FROBNODULE.
Leo Playboy para la misma razón I leído Nacional Geográfico.
Esto es Unix estamos hablando aproximadamente, recuerda.
Ocho y cuatro es doce.
Esto es finalmente un problema de arte, no de ciencia.
El problema es, normalmente quieren el resto de nosotros para morir para él demasiado.
Partes que positivamente no puede ser reunido en el orden impropio será.
Utilicé para ser Blanco de Nieve, pero fui a la deriva.
Más folks les gusta el daytime, 'causa les gusta ver el sol de brillar.
Bastante listo por mi parte!
Beware El nuevo TTY código!
Mientras hablaban los méritos de un héroe de red local, la barra va silenciosa.
En medio de un campo ancho es una olla de oro.
no hay ninguna educación que no es político.
Muchos una mujer piensa que su marido es el amante más sumo del mundo.
Puede explotar si impropiamente recharged.
Dar una mujer una pulgada y ella aparcarán un coche en él.
Eterno nothingness es bien si pasas para ser vestido para él.
Si mantienes cualquier cosa mucho tiempo bastante, lo puedes echar fuera.
Randal Lo dijo sería duro de hacer en sed.
Sus insultos son wordy y overblown, pero tienen talento.
Después de todo, soy más viejo que países más occidentales.
Y quién es esta persona estás hablando de?
Los ordenadores son inútiles.
En aquel momento, el burro brayed ruidosamente dentro del establo.
Sic transit gloria mundi.
Este mensaje estuvo escrito con vi!
Ninguna ley de bondad, ningún asunto cómo pequeño, es nunca malgastó.
En Lexington, Kentucky, es ilegal de llevar un cono de helado en vuestro bolsillo.
Cualquiera puede ganar, a no ser que allí pasa para ser una segunda entrada.
Puedes no hug un niño con armas nucleares.
Vuestro cuadro del mundial a menudo cambia sólo antes de que coges él a foco.
Todo el mundo es feliz, y propagaciones de paz sobre la Tierra entera.
Fuera del cuervo timber de humanidad ninguna cosa recta nunca puede ser hecha.
Recuerdo una vez siendo en una programa de canal en Cleveland en cuatro por la mañana.
Romeo no fue bilked en un día.
Nunca he visto cualquier cosa llena arriba de un vacuum tan rápido y todavía chupar.
Los programas escritos en SENCILLOS nada útil.
En la Unión soviética, bajo la ley, todo está prohibido, incluyendo que qué es permitted.
El fraude es el homenaje que pagas de fuerza para razonar.
En cambio tengo que ir en pintar todo el día mucho tiempo.
Un penique salvó es un penique gravó.
El peligro no es que una clase particular está desajustada para regir.
Estancia fuera de huracanes para un rato.
Cuestionamos la mayoría del mantras alrededor aquí periódicamente, en caso no habías notado.
Avance a manipulación y humillación.
Lo ODIO.
Nondeterminism Significa nunca teniendo que decir eres mal.
Así que nosotros tanned su escondrijo cuándo murió, Clyde, está colgando allí en la nave.
No soy un Economista.
El británico está viniendo!
No otra garantía expresada o implicó.
El personal suicidio comprometido, El turnaround las diecinueve semanas del tiempo.
Qué el infierno es bien para?
Si no fue para risa, habría ningún Tao.
Serenidad a través de viciousness.
no hay ninguna seguridad en esta tierra.
Hay nada más tonto que una risa tonta.
Club de apatía que cumple este viernes.
Fui a un Concierto Muerto Agradecido y ellos tocaron para SIETE horas.
Conscience Marcas egotists de nosotros todo.
Sus regalos ingeniosos son ilimitados.
Heisenberg puede haber sido aquí.
El valor nutritivo mediano de promesas es aproximadamente cero.
Soy dos fools, sé, para amoroso, y para decir tan.
Cuántos camaradas tienen perdimos de este modo?
El diablo encuentra obra para idle circuitos para hacer.
Sorely shorn, Pronto shackled esclavo, Samson suspiró, Silenciosamente maquinando, Sightlessly buscando Algún savage, suicidio espectacular.
Recuerda para decir hola a vuestro banco teller.
En matrimonio, como en guerra, es permitted para tomar cada ventaja del enemigo.
Smartness Carreras en mi familia.
Lemmings No crece más viejo, ellos sólo dado.
La oscuridad ha conquistado Brad y Janet.
Cogía contactos .
Dónde el Cabots no puede ver el Kabotschniks, Y el Lowells no hablará al Cohns.
Si deseas ser feliz para tres días, se casa.
Complacer registro fuera.
Mayo él todos resultan a vuestra felicidad.
La helada todavía persiste en la tierra, y Budless es los árboles.
Y fundar la sirvienta En un bowery sombra, Sentando y tejiendo alonio.
El tiempo es una ilusión perpetrated por los fabricantes de espaciales.
Demasiado listo es mudo.
Realmente tienes que ser yendo?
Para coger algo cochinamente, uno no tiene que coger cualquier cosa limpio.
Un programador de novato, buscando para imitarle, también empezó para escribir unstructured programas.
Si el dios único me daría algunos signo claro!
hay no cura sabida.
Un par más tiros de whiskey, mujeres 'la ronda aquí empieza mirar buena.
En morar, ser cercano a la tierra.
Pero no lo vamos a hacer.
La sopa de pollo de dolencia única no puede curar es neurotic dependencia encima uno es madre .
Era todavía fuerte y bossy, pero sólo detrás de su atrás.
La recompensa para trabajar duro es más trabajo duro.
Tienes que cenar en nuestro cafeteria.
Su padre le llamó, pero no podría ir, Para quiso aquellos cacahuetes así que.
Mis amigos todo cogía fuentes , así que por qué puede no veo?
La realidad es bastante mala, por qué tener que digo la verdad?
Es allí una manera mejor de morir?
Aquello uno último pequeño, extra Yopp puesto lo encima!
O no.
Entonces decidieron, nah, el infierno con aquel, dejado complexión un centro de casa.
La ignorancia nunca es fuera de moda.
Si el maestro muere y el discípulo apena, las vidas de ambos tiene sido malgastado.
Cualquier cosa el valor que hace vale overdoing.
La democracia no será salvaged por hombres quiénes hablan con fluidez, debate con energía y citar acertadamente.
He nunca entendió la capacidad hembra de evitar una respuesta directa a cualquier cuestión.
Una persona perdona sólo cuándo son en el incorrectos.
Era estos parsnips CORRECTAMENTE MARINATED en TACO SALSA?
Vuelve a California donde proviniste.
Era en la forma de una casa.
Tomó los casos para presentar el gobierno central fuerte que ahora sabemos.
Las mujeres se dan a Dios cuándo el Diablo quiere nada más para hacer con ellos.
No puede hacer cosas muy peores.
Como los bajos crecieron más y más inebriated, dos de ellos cayeron dormidos.
Es hora de va en otro lugar.
La verdad sobre unas mentiras de hombre en primer lugar en qué esconde.
Encontré que era más barato que manera.
Mueves CUCHILLOS de BISTEC COREANOS muchísimos este viaje, Dingy?
Cada uno dice que mentira de políticos todo el tiempo, y que sólo no es tan!
Cualquier cosa cualquiera puede decir aproximadamente América es cierta.
Sólo tiene que corrido en el sistema de objetivo y producir el resultado deseado.
Todo el mundo quiere una caja de los chocolates y la raíz larga ascendieron.
Cortado con una hacha.
Mi supervisor era Señor
Marcha es muelle, clase de, normalmente, la marcha significa quizás, pero no apuesta encima lo.
Un comienzo es el tiempo para tomar el cuidado más delicado que los saldos son correctos.
Esto pasa a nosotros todo el tiempo con ordenadores, y nadie piensa de renegar.
Ellos behaved mal y era unconcerned con aspectos.
Las cosas mejores en vida salen a la venta tarde o temprano.
La sospecha siempre persigue la mente culpable.
Sigmund es desafortunadamente, dividió lengthwise.
Tienes que ser humano o algo.
Pero ahora fue hora de cuelga el cue.
La declaración anterior es cierta.
Cuando más tarde acaece nunca?
La lógica es un método sistemático de venidero a la conclusión incorrecta con desenfado.
Viviente aquí en Rio, tengo muchos cafés para escoger de.
Y dónde entonces?
Y así que acaece inmune.
Tocó el elegy para el pianist Josef Hoffman, entonces pidió su opinión.
Si piensas que último martes era un arrastrar, caja de espera ves qué pasa mañana!
Hay tres escuelas de mágicos.
La democracia significa sencillamente el bludgeoning de las personas por las personas para las personas.
Y antes de centros de casa larga saltaban arriba gustar crabgrass por todas partes los Estados Unidos.
El político es alguien quién trata en los problemas del hombre de ajustamiento.
Llevan neckties y cuidadosamente línea arriba de lápiz en otherwise escritorios claros.
Y conducido el Hamadryad de la madera para buscar un refugio en alguna estrella más feliz?
No puedo aparear en cautividad.
Hace sentido, cuándo no piensas aproximadamente lo.
Propiamente pronunció la manera Bostonians pronunciar la palabra para un niño hembra.
Mayo tienes muchos hijos guapos y obedientes.
Los hombres solitarios buscan companionship.
Tiene el arte sumo y misterio de políticas ninguna utilidad aparente?
El sol nunca pone encima quienes paseo a él.
Las puertas están requeridas por definición para saber sus números de red correctos.
Somos moja todavía?
A muchos, la abstinencia total es más fácil que moderación perfecta.
Guerra mundial III?
No coges innovación como proceso democrático.
Romulan Las mujeres no son gustar Vulcan mujeres.
La mayoría de los nombres graciosos proviene personas Bíblicas.
Los programadores de viejos era misterioso y profundo.
Hay borrachos más viejos que doctores viejos.
Sentido de charla a un fool y te llamas tonto.
Repitió su aviso, gritaron incluso más fuertes.
no había ningún punto en luchar de una ola alta y bella.
Postjudice No es terrible.
Ver otro lado para listados adicionales.
Vuestros talentos serán reconocidos y suitably premió.
Ha Habido un aumento alarmante en el número de cosas sabes nada aproximadamente.
Vuestra vida doméstica puede ser armoniosa.
El último es un favorito de frustró ADELANTE programadores quiénes acaban utilizar esta lengua.
El mismo es cierto del reciente spate de OVNI alegado abductees.
Ahora parece soy el único uno emotivo.
Las vacaciones y otros periodos de apagón aplican.
Apesta como carne cariada?
Bienvenido a Utah.
Un lápiz sin punto necesita no eraser.
Un musical reviewer admitió siempre alabó el primer espectáculo de una estación teatral nueva.
Esta máquina es subject a desgloses durante periodos de necesidad crítica.
Pienso que vuestras opiniones son razonables, excepto el sobre mi mental instability.
Marca un deseo, podría venir cierto.
Significo, dónde es yendo para acabar?
Quién es número un?
Era claramente platoonic.
Eres una tortuga?
Dónde come?
Los ordenadores son unreliable, pero los humanos son aún más unreliable.
Por esfuerzo diligente, aprendí para gustarlo.
Toda aspirina es igualmente.
Este bolso es reciclable.
Por qué tiene que ser culebras ?
Sólo sé qué I leído en los papeles.
hay no amor más sincero que el amor de alimentario.
Quién me quiero también querrá mi perro.
Las cosas están empeorando en una tasa más lenta.
Cuando en duda, decir la verdad.
Te preocupas demasiado sobre vuestro trabajo.
El final delusion es la creencia que uno ha perdido todo delusions.
El sentido caballar es la cosa un caballo tiene cuál mantiene él de apostar en personas.
Puedo IR DE EXCURSIÓN THRU CAPT GROGAN REGIONES LUMBARES!
La decisión de jueces es final.
Podría bailar con cultivas las vacas vienen casa.
Debajo presión de fecha límite para la semana que viene.
La cosa más buena sobre el Alto es que no corre más rápido por la noche.
Probé el clon syscall encima me, pero no obró.
Yo no incluso mantequilla mi pan.
Mantiene un loro.
Interior de un perro, es demasiado oscuro de leer.
Dónde es los cálculos que va con un riesgo calculado?
La luna está hecha de queso verde.
Tengo un dolor de cabeza terrible, ponía encima agua de lavabo y el párpado cayeron.
Puedes observar mucho sólo por mirar.
Los desgastes de moda fuera más apparel que el hombre.
No mueves a Edina, consigues Edina.
En guerra, sólo puedes ser matado una vez.
Es muy difícil a prophesy, especialmente cuándo lo pertains al futuro.
Invocar el programa de Unix!
Nunca probar a outstubborn un gato.
Gracias Y suerte buena.
Muchos reciben consejo, poco beneficio por él.
Puedes conducir un caballar de abrevar, pero unos lápices tienen que ser ventaja .
Una mujer tendría que tener compasión.
Finalmente fui al doctor de ojo.
Naturalmente, este ser Perl, siempre podríamos tomar ambas aproximaciones.
Sólo será otra ciudad americana.
El miedo extremo puede tampoco pelea ni mosca.
Moonchild Sin una opinión?
Cada cual uno sirve hasta que ellos tornillo arriba, en qué punto ellos rotate.
La eternidad es un terrible pensó.
Qué considero una persona razonable para ser?
Los bucles están cumplidos con el SEGURO construir.
En corto, committment a una institución.
Padeces alucinación dolorosa?
El perro será allí para morder el piloto si toca cualquier cosa.
Trim Y bordes de flauta juntos.
Esperar el peor, es el menos puedes hacer.
Cualquier mujer es un volumen si uno sabe cómo para leerle.
El problema para vuestro problema.
Sólo recordar, wherever vas, allí eres.
Para cada tipo de canal de comunicación añade un mes.
Si no tienes ningún helado, lo tomaré fuera de ti.
Un penique salvado no ha sido pasado.
Y todavía otros, como el Espectacularmente Rev.
Dejado me uno de vuestras FILIALES!
No necesitamos ninguna educación, no necesitamos ningún control pensado.
La cosa más dura en el mundial de entender es el impuesto sobre la renta.
Él quién duda es último.
Contra sus deseos, el aula de un profesor de matemática era remodeled.
La Justicia de Jefe del Señor de Orbury estuvo pedido para dar un chelín.
El perejil es gharsley.
Nunca supuesto para pasar.
Verdaderamente una declaración intemporal.
Si está obrando, los diagnósticos dicen que es bien.
Esto no es.
Viene primero y sigue después, vida de Fines, mata risa.
Sólo sientas viviente y reliving otras vidas rezagadas en los récords de pensamiento.
Puesto vuestra Nariz al Grindstone!
Algunos el equipamiento opcional asomado.
La carácter es como un fuelle, Vacío, todavía nunca cesando su suministro.
Y a veces tengo una idea suma, para saltar en el río e inundar.
Qué un objetivo!
Cualquiera bastante estúpido para ser cogido por la policía es probablemente culpable.
Gee Cómo deseo iría fuera!
Cada hombre es su prisionero propio , en confinamiento solitario de por vida.
Un hombre sin una mujer es como una estatua sin palomos.
Dónde fuiste nato?
Nunca he sido uno para sacrificar mi apetito en el altar de aspecto.
Por qué eres haciendo este a mí?
Tendrás una discusión larga y desagradable con vuestro supervisor.
Y truffula los árboles son qué todo el mundo necesita.
Los criados idos a un planeta distante.
O es supuesto para ser uno de aquellos acrónimos recursivos?
Algunos resolviendo puede ocurrir.
Qué eres haciendo?
Será unlawful para cualquier persona sospechosa para ser dentro del municipio.
Son relativamente buenos pero absolutamente terribles.
Un desconocidoalto, oscuro tendrá más divertido que tú.
Cualquier animal dirigiendo una persona ciega será considerada para ser un gato.
Nuestra manera es paz .
Xerox Es probablemente todavía preguntándose por qué todo el mundo está interesado en sus latas de basura.
Si quieres entender vuestro gobierno, no empieza por leer la Constitución.
América ha sido descubierta antes, pero siempre ha sido hushed arriba.
Entraron Personas y Salió Hamburguesa!
Eli y Bessie fue para dormir.
Por qué hacer los matemáticos insisten encima utilizando palabras que ya tener otro significado?
La primera afección de inmortalidad es muerte.
Entonces Papa comprado algunos patos, no patos salvajes pero, sabes, patos de parque.
Para alguna razón, esta fortuna acuerda todo el mundo de Marvin Zelkowitz.
Ninguna lengua extensible será universal.
Encontrado le cada par de bloques.
No te querré si mantienes hacer que.
La contaminación es en aquella fase incómoda.
Cualquiera puede aguantar el helm cuándo el mar es tranquilo.
Es mejor de vivir rico que para morir rico.
Y tiene sus placeres.
Creciendo viejo no es malo cuándo consideras las alternativas.
Parece como el menos unas cantidades de estadista a, el más quiere la bandera.
Esperé tres días.
Programadores que comprehend el Tao siempre tener bastante tiempo y espacial de cumplir sus goles.
Casi cualquier cosa derogatorio te podría decir aproximadamente hoy diseño de software sería cuidadoso.
Mantiene esto y todas las sustancias químicas fuera del lograr de niños.
Vulcans Cree la paz no tendría que depender encima fuerza.
No utiliza mientras operando un vehículo de motor o maquinaria pesada.
Cuándo Tecnología de oxígeno Hidrógeno tocado U.
La obra consta de cualquier cosa un ente está obligado para hacer.
Demasiado no es bastante.
Pero en Alabama el Tuscaloosa, pero aquello es totalmente irrelephant a qué I decía.
Si el sistema operativo es sumo, entonces el compilador es sumo.
Y de repente el novato era enlightened.
Sic transit gloria lunes!
Espero tan.
La diferencia entre este sitio y yogurt es que yogurt tiene una cultura viva.
Totalmente ilógico, no había ninguna casualidad.
Todos los programadores son optimistas .
Si la sociedad te cabes cómodamente bastante, lo llamas libertad.
Troglodytism No necesariamente implicar un nivel cultural bajo.
Todo el mundo sabe la guerra es encima.
El meek heredará la Tierra.
Alimony Y soborna comprometerá una acción grande de vuestra riqueza.
Toma con un grano de sal los puntos de dato anómalos.
Y una ola de su mano trae el sistema entero abajo.
Bedfellows Marca políticos extraños.
Tengo que ayudar librado el mundo de él.
Hay muchos adolescentes quién leyó El Congressional Récord.
Partes intercambiables no.
Esto No sentencia ningún verbo.
Escribiendo cuidadosamente, dangling los participios tienen que ser evitados.
La recompensa de una cosa bien hecha es para tener hecho lo.
Sólo un fool peleas en una casa en llamas.
Vivo la pesadilla.
Los niños son como gatos, pueden decir cuándo no te gustan.
Soy dyslexic de Borg.
Fremen Añade vida a especia!
No pedí para ser hecho.
Algo misterioso está formado, nato en el silencioso void.
Catsup Y Mostaza por todas partes el sitio!
Dejado les ir!
Siempre da la prueba primero y la instrucción después.
El suicidio es sencillamente un caso de identidad equivocada.
Y millas para ir antes de que duermo.
Un doctor llama su paciente de darle los resultados de sus pruebas.
El lado inverso también tiene un lado inverso.
No necesitamos ningún stinkin' tácticos nukes.
Otros tienen que fallar.
Evita envolver coax alrededor de fuentes de campos eléctricos o magnéticos fuertes.
Qué un crock.
Recordar aquellos apasionante luchando escenas?
Pero no es qué I realmente quiere hacer.
Cleanliness Es luego a imposible.
Cada cual de estas técnicas de prórroga de lengua tendrían que ser utilizadas en su sitio apropiado.
Ninguna maravilla estás cansado!
Encima Trabajos de Lote!
La mayoría de personas tienen una mente aquello es abierto por cita sólo.
Compra en este grody poca tienda de ordenador en el Galleria para un totalmente awwwesome Manzana.
A la larga somos todo muertos.
Los Ángeles quieren llevar mis zapatos rojos.
Nunca cumplen.
El diablo encuentra obra para idle glándulas.
El pastor sensato nunca confía en su rebaño a un lobo de sonreír.
Éter bunny estar de vuelta el año que viene!
Pero señor, este tiempo pienso I mente, han puesto ácido en mi lluvia.
El fives cupo su zapato.
El control apropiado de puntos de exclamación puede añadir significado nuevo a vuestra vida!
Hackers Es sólo un migratorio lifeform con un tropismo para ordenadores.
Escribí la capa de dato, recuerda?
Verter este jarabe sobre Crackers, punto generosamente con mantequilla o margarina y sprinkle con canela.
Nada hace uno tan vano como siendo dicho que uno es un pecador .
Algo pasa entre primer y duodécima nota, y no es pubertad justa.
Mientras y hasta que sigue cada cual otro.
Bozo Es la Hermandad de Cremalleras y Otros.
Un pickup con tres tipos en él estira al patio de madera.
Él quién inventa adagios para otros a peruse toma a lo largo de bote de remos cuándo yendo en crucero.
La fortuna favorece el afortunado.
Frank ha construido y perdió su criatura.
La solución de problemas es la clase más característica y extraña de pensamiento voluntario.
Técnicas de inducción son muy populares, incluso el ejército les utilizó.
La vida de un repo el hombre es siempre intenso.
De hecho, hay muy pocos conceptos que no es.
Un penique salvó mata vuestra carrera en gobierno.
La idea entera es para coger donde no lo necesitas.
ADIVINO NUNCA LE OLVIDARÉ.
Eres profundamente adosado a vuestros amigos y acquaintances.
Un científico de ordenador es alguien quién fija cosas que no es roto.
Hablando aproximadamente la música es gusta bailar aproximadamente arquitectura.
El cambio es el proceso esencial de toda existencia.
Aquella manera, correrá en CUALQUIER sistema anywhere.
Todo el mundo reniega de su memoria, nadie de su juicio.
Amor thy vecino, tonada thy piano.
Cuando tampoco su pobreza ni su honor está tocado, la mayoría de hombres contenido vivo.
No nos preocupamos cómo ellos él en Nueva York.
Privar un espejo de su plata e incluso el Czar no verá su cara.
Cambia a un pájaro cuyos vientos son como las nubes que llenan el cielo.
Scenery Es aquí, deseo eras bello.
El macho de la raza humana es generalmente sabido a la mujer como Hombre Mero.
Mi Dios, estoy deprimido!
La conducta de asuntos públicos para ventaja privada.
Es el mejor de hombres quién desagrada poder.
El dios es sutil, pero no es malicious.
Finalmente la forma para el año que viene el regreso llegó.
La fuerza No tiene ningún sitio donde hay necesidad de destreza.
Por qué sólo vuestro paso de amigos en vuestro nuevo blanco sneakers?
Un pesimista es un optimista casado .
Qué no me destruye, me hago más fuerte.
Sólo unimos la patrulla de cabello civil!
Las pistolas no matan personas.
Conozco personas quiénes pueden no incluso aprender de qué pasado esta mañana.
Es vuestro trabajo que corre?
Cuántos chunks podría checkchunk control si checkchunk podría comprobar chunks?
Hace un profesor bueno pasa por alto incluso el estudiante más humilde?
Un pájaro en el arbusto normalmente tiene un amigo en allí con él.
Un hombre con dos relojes nunca es bastante seguro.
No somos una organización querida, pero somos un respetados uno.
El precio de grandeza es responsabilidad.
En ninguna circunstancia puede el alimentario ser omitido.
Ser valiant, pero no demasiado venturous.
Miraba en ropa, y ponía Slinkys en el escalators.
La ropa No tiene ningún emperador.
Un hombre es ya hasta la mitad enamorado con cualquier mujer quién escucha a él.
Thy Dos senos son gusta dos rosas jóvenes que es gemelos.
Día bueno para vencer obstáculos.
El problema único con ver demasiado es que te haces demente.
El patriotismo es la virtud del vicioso.
El arte es Carácter solicitado y el dios retrasó abajo.
Si puedes leer esto, eres demasiado cercano.
Reserva vuestro abuso para vuestros amigos ciertos.
Merchandise Puede ser embarcado sólo a recibo de pago.
Práctica tú qué predicas.
El juego de vida es un juego de boomerangs.
Una máquina de Linux!
Paso para ser el cuy.
El truco de retirarse bien puede ser el truco de viviente bien.
Serás aproximado.
Aquel cerdo corrido arriba y wiggled debajo que árbol y lifted lo fuera de mí.
Todo es sentar en un typewriter y abrir una veta.
El Jabberwock, con ojos aflame Vino whuffling a través del tulgey madera Un!
Mantener un diario y un día te mantendrá.
Qué un finely respuesta puesta a punto a la situación!
La escena es atenúa.
Dudo, por eso podría ser.
La transacción de traslado antedicha incluirá, pero no ser limitado a, el siguiente.
Estuve gratificado para ser capaz de contestar promptly, e hice.
Es vuestro jardín lleno de caracoles?
La vida es un CONCURSO de POPULARIDAD !
He a menudo lamentó mi habla, nunca mi silencio.
Gusta todos los hombres jóvenes, mucho exageras la diferencia entre uno mujer joven y otro.
Si tuve el universo entero, lo daría a ti, Janice.
No puedes coger allí de ahí.
Cualquiera quiere un editor de marco de telemetría binario escrito en Perl?
Sobre todo cosas, reverencia tú.
Olvidé para entregar a OBLIGATORIO URINALYSIS!
Si un hombre tiene una fe fuerte puede indulge en el lujo de escepticismo.
Si no cogiste cogido, tú realmente él?
Algunos piensan que es la voz de Dios.
no hay ningún punto en esperar.
Si lo pusiste fuera mucho tiempo bastante, podría ir fuera.
Deja obra y juego por una vez!
Realmente da algún esfuerzo a él.
Aquellos de ti quiénes piensan que sabes todo es molesto aquellos de nosotros quién .
Mejor de pensar sobre pepinos incluso, que no para pensar en absoluto.
Mi ritual difiere ligeramente.
Sería ilógico de matar sin razón.
Es un pobre juzgar quiénes no pueden otorgar un premio.
Si estoy elegido nadie nunca tendrá que hacer su ropa sucia otra vez!
El menos sabes sobre ordenadores el más quieres Microsoft!
Un idle la mente vale dos en el arbusto.
Por primera vez tenemos una arma que nadie ha utilizado para treinta años.
Viajas hasta la mitad a través de la galaxia y él es todavía la misma canción.
Tan anfitrión, vuestro trabajo es para hacer seguro que no arrestan cualquiera.
Hay demasiadas mujeres en el mundiales de justificar aquella clase de dishonourable comportamiento.
Siempre pueden jurar son sordos, mudos y ciegos.
Un amigo en necesidad es una plaga de hecho.
No recuerdo qué era.
Ve Capitán Kirk que está en el puente, Señor
Todas las partes tendrían que ir juntas sin forzar.
Los empleados y sus familias no son elegibles.
Dando un beso no último, la cocina hace.
Dónde estás depende encima dónde sientas.
Es algo VIOLENTO yendo para pasar a una LATA de BASURA?
El piloto nurture y alimentar el perro.
Comerciaría todo de mi tecnología para una tarde con Sócrates.
Gabe Puesto el carcass atrás fuera en el callejón y volvió a negocio.
El conocimiento sin sentido común es locura.
Bounders Coger atado cuándo están cogidos bounding.
Nadie nunca olvida donde enterró el hatchet.
Las mentes sumas corridas en círculos sumos.
Regresos para crédito de tienda sólo.
Aquavit Puede ser duro de encontrar y caro de chutar.
Asumieron tenemos que ser habiendo problemas con ellos demasiado.
Hoffman de Míchigan.
Como estand de asuntos, su interés común único es que de tajante cada cual otro es garganta.
El corazón es más sensato que el intelecto.
Papel de Impresora de la línea es más fuerte en el perforations.
Cualquier cosa no es clavada abajo es mina.
Puedes jaula un trago, puede no te, pero no puedes tragar una jaula, puede tú?
La perfección está conseguida sólo en el punto de derrumbamiento.
Todo el mundo sabe de quién crédito es bien, y cuya mujer no es.
Reclaman devoción y obediencia.
Considera bien las proporciones de cosas.
Las puertas saltadas separadas e i escalonados fuera al lobby teca y flicker.
Refrigera por la noche para dejar mezcla a plenamente harden.
Todo el mundo cogía esta sensación rota como su padre o su perro sólo murieron.
Alguna expansión de los contenidos puede haber ocurrido durante shipment.
Qué es ahora probó era una vez sólo imagin'd.
La charla es barata porque el suministro siempre supera demanda.
La ciencia puede someday descubrir qué fe siempre ha sabido.
Parece para hacer una motor de coche loca si te pierdes.
Qué más osar pedimos?
Un morgue es un morgue es un morgue.
El amor es sentido bueno .
En un cinco periodo de año podemos coger uno lenguaje de programación magnífico.
Has lysdexia?
Quién no necesita para ser acordado todo el tiempo que es muy exitoso.
Un maestro explicaba la carácter de Tao a uno de sus novatos.
Ley como si nada ha pasado!
Hace un billón de minutos era sólo después del tiempo de Cristo.
Cuando todo otro medio de comunicación falla, probar palabras.
Hop A lo largo de, mi hearties!
Y nosotros siempre, siempre comer nuestros vegetales.
Para evitar crítica, nada, dice nada, ser nada.
Cuánto tiempo toma un DEC ingeniero de servicio del campo para cambiar un lightbulb?
Pero quieren deporte también y ningún encuentro de paso va unchallenged.
Si cualquier palabra es impropia al final de una frase, un verbo de enlazar es.
Señorita Collins de la Agencia de Licencias.
Tienes un interés profundo en todo aquel es artístico.
Sacar cualquier coagulando glops de lodo.
No puedo estar cualquier cosa aquellos escalofríos cuándo es tibio.
Unqualified Los superlativos son el peores de todo.
Es mucho más fácil de sugerir soluciones cuándo sabes nada sobre el problema.
Podrías despertar vuestros vecinos.
Es extraño en aquí, o es sólo me?
Utilizaron el bertillion sistema.
Tengo un mapa existencial.
Un LISP el programador sabe el valor de todo, pero el coste de nada.
Nunca pagar un compliment como si esperando un recibo.
No temo ordenadores.
Sólo fui bajo la línea de pobreza!
Young hombres, oír un hombre viejo a quien hombres viejos hearkened cuándo era joven.
Cuándo viene a ayudarte, alguna parón de personas en nada.
Él quién ríe ha no todavía oyó el malo noticioso.
La libertad es qué haces con qué está sido hecho a ti.
Va en, EMOTE!
En un futuro próximo, la probabilidad es cercana a cero.
Aceras de campus nunca existen como la línea más recta entre dos puntos.
Los obstáculos son qué ves cuándo tomas vuestros ojos de vuestro gol.
Utilizó para señalar a mí, Ahora estoy protegiéndolo.
Si eres un fatalist, qué puede tú aproximadamente lo?
El pensado está asustando.
Una carrera es suma, pero no puedes correr vuestros dedos a través de su cabello.
Semper Fi, dude.
Momentos justos, uno tras otro, en vez de vivientes tantos años adelante cada día.
Yo nunca lo que manera antes de que.
Puedes poner a punto un piano, pero puedes no pez de atún.
Por qué no me dejé beso tú goodnight?
Ellos probablemente cogidos por en apoyos de cosecha federal, el cual Lassie archivado las aplicaciones para.
Realmente odio esta máquina maldita I deseo que lo venderían.
La civilización es el limitless multiplicación de innecesario necessities.
Y fue galumphing atrás.
Envase de restaurante, no para reventa.
Nuestro houseplants tener un sentido bueno de humous.
Quién no quiere vino, mujeres, y canción, Queda un fool su vida entera mucho tiempo.
Muy bien de ti a algo esto.
Veo el eigenvalue en thine ojo, oigo el tensor tierno en thy suspiro.
Sus mallas son tan bien y fuertes, toman en cada niño de incorrecto.
Él nunca realmente cogido encima.
Toda diplomacia es una continuación de guerra por otro medio.
Por el tiempo lo coges construido, querrán algo nuevo.
Finalmente el seguidor fue a su escaño, ansioso para el juego para empezar.
Y subió con el chico arriba del Eiffelberg Torre.
Y tiene ventajas.
Quienes no pueden recordar el pasado está condenado para repetirlo.
Generalmente evito tentación a no ser que no lo puedo resistir.
El estand alto y lado de trabajo por lado, porque allí ha tanto para ser hecho.
Sobre todo, relaja y tener un día bueno.
Max dijo su amigo que él tan pronto no ir yendo de excursión en los cerros.
Y vas a ser caged!
La vida es como bein' en un equipo de mula.
Voiceless Llora, Wingless flutters, mordiscos Sin dientes, Mouthless murmura.
Tengo un PLAN DENTAL muy bueno.
Cualquiera uno de nosotros, por él, es consumible.
Aún así el Tao tiene ningún especificador de tipo.
Tienes una apelación fuerte para miembros de vuestro sexo propio.
El doctor intentó nadar ashore pero estuvo comido por los tiburones.
Tuercas de salud van a sentir estúpidas someday, lying en los hospitales que mueren de nada.
Conducen en el lado incorrecto de la carretera, también.
Si mantienes chupar vuestro pulgar, bajará de punto.
A downgrade la mente humana es teología mala .
Conquistando Rusia tendría que ser estepa hecha por estepa.
Sabes Montana?
Una poca palabra de número dudoso, Un enemigo para descansar y pacífico slumber.
Por el patio, la vida es dura.
Pero es droga probando de hecho rationally narrado a la resurrección de competitividad?
A veces te encuentras inseguro como a qué para decir en aquellas situaciones incómodas?
La confusión de una miembro de personal está medida por la periodo de su memos.
Para saber Edina es para rehusarlo.
También podría ser franco, monsieur.
Allí va el tiempo bueno que estuvo tenido por todo.
Desarrollado después de años de investigar Descubierto por accidente puro.
Necesitas ya no preocupación sobre el futuro.
Un olor extraño en las líneas de combustible.
Promptness Es su recompensa propia, si uno vive por el reloj en vez de la espada.
Compran bicarbonato de sodio de gourmet.
Cómo puede piensas y pegado al mismo tiempo?
Muchas personas se molestan ser tratadas como la persona realmente son.
Sólo puedo decir la verdad.
Almuerzo en Londres, cena en Nueva York, equipaje en Brasil.
Soy NÓMADA !
Cosas reparación pasada y ahora conmigo cuidado pasado.
Cuándo vives en una sociedad enferma, sólo aproximadamente todo es mal.
La Canción de Agencia Publicitaria Cuándo vuestro cliente hopping loco, Puesto su cuadro en el anuncio.
Quiero uno?
Puedes también vivo!
El eterno femenino nos dibujo arriba.
Reserva el apóstrofo para él es uso apropiado y omitirlo cuándo su no necesitado.
Una canción en tiempo vale un dime.
Populus vult decipi.
A veces nosotros no.
Aire caliente para una brisa fresca?
Bebida como muchos tan necesitados para perfeccionar bebiendo técnica.
La depuración tuvo que ser descubierta.
No puedes tener vuestro pastel y dejar vuestro vecino lo come demasiado.
Si el dios es perfecto, por qué crea funciones discontinuas?
Cualquier intento de probar otherwise constituye comportamiento inaceptable.
En descenso a profundidades nuevas de ineficacia.
Vasos de desgaste Si Necesitas 'Em.
Nadie puede matar un hombre.
Los ejercicios aeróbicos estimulan y solicitar el corazón.
Soy un ordenador !
La mitad derecha del cerebro controla la mitad izquierda del ente.
Este informe está llenado con omisiones.
Arriba vino Tom con sus botas grandes encima.
Vuestro csh todavía piensa cierto es falso.
Cuándo el yendo coge duro, el duro va de compras.
Un día trajo a Tortue una pieza de serie, y pidió la misma cuestión.
Todos los hombres en mi personal pueden escribir.
Este espacio dejado intencionadamente espacial.
El imperio hizo la llamada posible única.
En América lo llamamos golf.
Después de que algunas observaciones y cálculos ásperos el ingeniero se da cuenta la situación y empieza reír.
Considera cambiar nombre y moviendo a una ciudad nueva.
El siete escozor de año proviene fooling alrededor durante el cuarto, quinto, y sextos años.
Cercano la puerta primero, de modo que el gato no vaga fuera.
Cuando en problema o en duda, corrido en círculos, grito y grito.
Cuándo vuestra obra habla para él, no interrumpe.
Un esfuerzo de equipo es personas muchísimas haciendo qué I dice.
Estos firma forerun la muerte o caída de reyes.
Los movimientos de programador maestros de programar para programar sin miedo.
Los programadores reales no comentan su código.
En cada relación que existe, las personas tienen que buscar una manera de sobrevivir.
Con cualquiera más motor, asumo es su falta .
Tenemos que creer en libres .
La vida es como un símil.
El piano falta.
De hecho, carob no es un sustituto aceptable para cualquier cosa, exceptúa, quizás, abrillantador de zapato marrón.
Cómo miras depende encima dónde vas.
Tienes que recordar que las partes eres reassembling estuvo desmontado por ti.
Tiene expliqué todavía sobre los bytes?
Les elegí arriba y les rodó atrás.
Sudando como un cerdo y gasping para el respiro no es refreshing.
Sus deseos, sus pensamientos, sus gestos, sus ruidos mandan el universo.
Especificaciones subject de cambiar sin aviso.
Porque se pueden quedar en Washington y hacerlo allí.
Logicians Tiene pero enfermo definido Como racional la clase humana.
Nuestras semejanzas son diferentes.
La guerra es mucho demasiado seria un asunto para ser confiado al ejército.
Medio de ser listo está sabiendo qué eres mudo en.
Por qué es el alfabeto en aquel orden?
Tenemos una póliza que no estamos siendo cortó.
No puedes conseguir el imposible sin intentar el absurdo.
Entonces eliminar su nombre y añadir el vuestro hasta abajo de la lista.
Lavando vuestro automovilístico de hacerlo la lluvia no obra.
Es Fortuna , no Cordura, aquello gobierna la vida del hombre.
No desesperación de vida.
Vive como un murciélago pero ella es siempre un hacker a mí.
Y las luces abajo nos apagarse.
Otros jugadores buceaban, chillando, la señalización para una feria coge.
Algunos pasajeros de hecho logran sus destinos.
Por qué quieres hacer este?
La bomba nunca irá fuera.
El sabido timesharing aspectos de punto de MAFIA a un más de normalmente sistema operativo autocrático.
La verdad era que Platón supo los filósofos no podrían competir exitosamente con poetas.
Si un hombre habla de su honor, le hace pagar en metálico.
Gatos de historieta poseen aún más muertes que el tradicionales nueve vidas cómodamente podrían proporcionar.
Pero tampoco antes de que almuerzo.
Cuándo la lengua inglesa entra mi manera, ando encima lo.
No puedo morir hasta el gobierno encuentra un sitio seguro para enterrar mi hígado.
La muerte es Dios manera de decirte no para ser un tipo tan sensato.
No puedes sacudir manos con un clenched puño.
La rebelión pone en su manera, y lo encontró.
Revela información clasificada sólo cuándo una NECESIDAD de SABER existe.
Arañazo donde él escozores.
Uno no da las gracias a lógica.
Quizás inadvertently, tenemos un canal para nuestras agresiones.
La experiencia es qué coges cuándo tú estuvo a la espera algo más.
El material que la barra de Joe ha encima grifo, Con base dorada y tapón nevado.
El innumerate misleading el analfabeto.
Nunca se preocupa aproximadamente teoría mientras la maquinaria qué está supuesto para hacer.
Hay un edificio con cuatro pisos.
El ligero al final del túnel puede ser un dragón venidero .
La espinaca me hago sentir sólo.
Felix Catus es vuestro taxonomic nomenclatura, Un endotérmico quadroped, carnívoro por carácter.
Adelanto en puesto.
No puedes evaluar un hombre por lógica sólo.
Tú nunca paseo a una sala y olvidar por qué anduviste en?
Por qué Ventanas de uso, cuándo puedes dejar a través de la puerta?
No para mencionar su género.
F u cn rd ths u cnt spl wrth Un dm!
La riqueza real puede sólo aumento.
Si no fue para los presentes, un elopement sería preferible.
Y era prudente nunca para matar más de podría comer.
Las formas siguen función, y a menudo obliterate lo.
Los pájaros son entangled por sus pies y hombres por sus lenguas.
Mi sensación propia es que no es bastante loco.
Te quieres, Jim!
Era agradable a mí para coger una letra de ti el otro día.
El fin de la raza humana será que él finalmente dado de civilización.
La economía es extremadamente útil como forma de ocupación para economistas.
La cosa importante no es para parar cuestionando.
Tengo que salir de esta ropa mojada y a un seco Martini.
El dinero no puede comprar amor, pero mejora vuestro bargaining puesto.
Mientras la respuesta es bien, quién se preocupa si la cuestión es mal?
Si todo parece para ser yendo bien, has evidentemente pasó por alto algo.
La vida sería tolerable pero para sus distracciones.
Porciones no afectando el resultado ha sido editado para retransmitido.
Neblina y crepúsculo, nube y sombra, Fuera se apagará!
Uno para cambiarlo y uno no para cambiarlo.
Utilicé para ser un agnóstico, pero ahora no soy tan seguro.
Un hombre quién gira el verde ha eschewed proteína.
Regir una nación suma como cocinarías un pez pequeño.
No es una ilusión óptica.
Acaba de ser descubierto que cáncer de causas de la búsqueda en ratas.
La reparto es vana.
Si no puedes aprender para hacerlo bien, aprende para gozar haciéndolo mal.
Él quién pasa una tormenta debajo un árbol, toma vida con un grano de TNT.
Krat Escuchado, enraged, todavía al mismo tiempo savoring el arte de él.
No puedes cruzar un grande chasm en dos saltos pequeños.
Trece en una mesa es desafortunada sólo cuándo la anfitriona ha sólo doce chuletas.
Dejado nos recordar que nuestro es una nación de abogados y orden.
Para uso externo sólo.
Tendría que ser.
nunca había una guerra buena o una paz mala.
Si no tienes una necrología mala probablemente no importaste.
Es debido a aquella canción?
Esto es una prueba del sistema de emisión de la emergencia.
Muchas personas son unenthusiastic sobre su obra.
La aversión de parientes es el más violento.
Statically Encuadernación, ves sólo la jerarquía.
Sólo fools está citado.
Cuándo miro abajo de una algo alta, quiero spit.
Recuerda que hay un mundo exterior para ver y gozar.
No puedes hacer ocho gatos estiran un trineo a través de la nieve.
Espero que tienes a un niño sólo le gusta tú.
Si no es rompió, no lo fija.
Nada nunca será intentado si todas las objeciones posibles tienen que ser primero vencidas.
Tengo los gustos más sencillos.
Es completo porque no se sirve.
A veces la luz es todo brillando encima me, Otro tiempo apenas puedo ver.
La música clásica es la clase mantenemos pensar girará a una tonada.
hay más a vida que aumentando su velocidad.
Dieters Vida viva en el fasting camino.
Hombres de la calidad no es temerosa de mujeres para igualdad.
Toda mi vida he sido buscando evidencia cuál podría apoyar esto.
El estornudo y él es adiós, Seattle.
Eres un taxista .
Dejado el lector coge su respiro propio.
Todo me gusta es cualquier ilegal, inmoral o engordando.
hay no equivocación más suma que para llamar aritmética una ciencia exacta.
Nunca chutar un hombre, a no ser que es abajo.
No tengo ninguna esperanza que esta práctica nunca será adoptada.
Opciones wither el corazón.
Un culpable conscience es la madre de invención.
Tiene que constantemente mueve adelante o muere.
Una mente de mal es un consuelo sumo .
Hay simbolismo esperanzador en el hecho que las banderas no agitan en un vacuum.
Televisivo es un medio porque cualquier cosa bien hecho es raro.
La rabia mata tan seguramente como los otros vicios.
Prefirió personas para ser puzzled más que contemptuous.
El beleaguered la gerente abrió el segundo envelope.
Sabe si has sido malo o bueno, tiene lazos con la CIA.
Algunos lo pueden evitar.
Nada es perfecto.
La humanidad es preparada a mitad de camino entre los dioses y las bestias.
El llanto no ayuda tampoco.
No lo habrías visto si no habías creído lo.
Postjudice Está haciendo un juicio después.
Mis Personas queridas.
Qué un artista muere con mí!
Ambos de nosotros no son.
La forma sigue disfunción.
Reina Mary era un barco .
Nosotros thrive encima eufemismo.
Espera para aquel más sensato de todo counselors, Tiempo.
El dilema de ningún prisionero aquí.
Vuestro modo de vida será cambiado a ASCII.
De entonces encima, el monje no molestó Tortue.
Beware De un hombre negro alto con uno zapato rubio.
El japonés enviado el orden, con unas cuantas partes packaged por separado en plásticos.
Qué la oruga llama el fin del mundo, las llamadas maestras una mariposa.
La inmortalidad consiste en gran parte de aburrimiento.
Qué un Tipo!
Temo éxito.
Nuestras comedias no son para ser reídos en.
En Francia, bajo la ley, todo es permitted, exceptúa aquello cuál está prohibido.
La idea de macho y la mujer es constantes universales .
Nuestro negocio está corrido encima confianza.
Para resultados mejores, seguir direcciones cuidadosamente.
Yo construe que perforce lo tiene que ser uno de dos deberes alternativos, como dados abajo.
Noah controles en las culebras otra vez.
Puedo estar la desesperación.
El Gurú observa el neto pero confía en su visión interior.
Siempre que hablas en el teléfono, vuestro ordenador local escucha en.
A cualquier persona verdaderamente imparcial, sería obvio que soy siempre bien.
Las caídas de fruta más maduras primero.
Huelo como un mojado reduciendo clínica encima Día de la Hispanidad!
Cuándo la revolución viene, cuenta vuestro cambio.
Prueba tener tan bien una vida como puedes bajo las circunstancias.
La enfermedad es fatal.
Era aquí primero.
Para descubrir las faltas de una chica, le alaba a sus amigos de chica.
A err es humano, a moo bovino.
Cuándo saltamos a Sicilia, las unidades acaecieron separadas, y no podría encontrar cualquiera.
Después de que aquello, es todo aprendió.
Vulcans Nunca risco.
Algunos serán tibios, otros fríos Algunos serán fuertes, otros débiles.
A err es humano, para perdonar es en contra póliza de empresa.
Si deseas ser feliz para una hora, coge bebido.
Tiene un taco.
Los niños buenos siempre obedecen.
Era duro de escribir, tendría que ser duro de entender.
Vuestra felicidad es intertwined con vuestra perspectiva encima vida.
Cuántos segundos son allí en un año?
Uno raramente ve un monumento a un comité.
Cualquier cerdo en una tormenta.
Defectuoso más allá creencia.
No pienso vale lavar hogs encima.
hay sin duda que mi abogado es sincero.
Los pensamientos negativos son los hábitos viejos que gnaw en las raíces del alma.
Qué clase de sordid el negocio eres encima ahora?
Despierta y oírme llamando!
La cantidad es ninguna sustituta para calidad, pero su el único uno tenemos.
Nunca coque de bebida en un ascensor emotivo.
Robaste mi alma, y aquello es un dolor puedo hacer sin.
Él no haggle sobre gastos en armamentos y equipamiento militar.
Las parones de bug aquí.
Mientras es alguien más es.
Mente debajo asunto?
La mayoría de nosotros tiene tren nosotros nunca uso.
Habrá cambios grandes para ti pero tú serán felices.
Hacer joggers tomar regazos alrededor tú para ejercicio?
En cada jerarquía los aumentos de crema hasta que él sours.
Pero no programa en COBOL si lo puedes evitar.
El amor no es bastante, pero él seguro ayudas.
Lo veremos cuándo lo creemos.
Cuánto te quieres?
Ayuno vivo, el dado joven, y dejar un parche plano de piel en la carretera!
La mayoría de sitios lesdistinguen meramente por utilizar el valor apropiado.
Depende en el pie del conejo si tú , pero recordar, no ayudó el conejo.
Uno acaba es moo, el otro, leche.
Todo cuesta es mi alma!
Quizás muchos de ellos.
Por perseverancia el caracol logró el Arca.
Para la hora próxima, controlaremos todo que ves y oír.
Cada mañana es un Smirnoff mañana.
No puedes tomar damsel aquí ahora.
En inglés, cada palabra puede ser verbed.
En el stairway de vida, más tomarías el ascensor.
Les arrastra abajo a vuestro nivel.
Un piloto de avión cogió comprometido a dos muy bastante mujeres al mismo tiempo.
La trama estuvo diseñada en una veta ligera que de alguna manera acaecía varicose.
Sólo no lo puedo recordar todo inmediatamente.
He aceptado Provolone a mi vida!
Bastinado Es sobre derecho.
Chantaje un ejecutivo sénior.
Loneliness Es un precio terrible para pagar para independencia.
Inicio el día con una sonrisa.
Quienes no entienden Linux está condenado para reinventarlo, mal.
Bien exCUUUUUSE me!
Presidente Johnson dice una guerra no es realmente una guerra sin mis chistes.
Dos coches en cada olla y un pollo en cada garaje.
Weemba Por arreglo especial.
O quizás sólo uno de ellos mata el padre.
Senté y sonreído como un idiota tan más de la verdad alboreó.
Cabinas para dos o más.
Si no votando podría cambiar el sistema, sería ilegal.
Él bromas en cicatrices quién nunca sentía una herida.
Te esperas que los millonarios son habiendo diversión!
Hablando mucho sobre oneself también puede ser un medio para encubrir oneself.
Sin una creencia en unidad humana tengo hambre e incompleto.
Cualquier sistema qué depende en la fiabilidad humana es unreliable.
Motores de fuego son siempre se apresura'n.
La historia reserva cuáles no contienen ninguna mentira es extremadamente atenuar.
No hago las reglas, Gil, sólo toco el juego.
Nato debajo una ley, a otro ató.
Las máquinas metoman por sorpresa con frecuencia suma.
Era un ancho, maníaco, y absolutamente humourless rictus.
Una predicción vale veinte explicaciones.
Neuroses Es rojo, Melancholia azul.
Como derrite, expande un unbelievable cantidad.
No lo recuerdo, pero lo tengo escrito abajo.
Un squeegee por cualquier otro nombre no sonaría tan gracioso.
De escuchar viene cordura y de hablar repentance.
Un padre es más de cien schoolmasters.
Ocurrió a mí últimamente que nada ha ocurrido a mí últimamente.
Necessity hath Ninguna ley.
Si quiero vuestra opinión, te pediré para llenar fuera de la forma necesaria.
Come bebida y ser alegre, para mañana nosotros dieta.
Qué Mickey Ratón coge para Navidad?
Control vuestros listados locales.
Incluso puede ser intencionadamente obfuscated.
La sátira es tiempo de plus de la tragedia .
La imitación es la forma más sincera de televisivo.
Era con los rusos también.
No tuve ningún zapato y me compadecí.
Punteros y NULLs remisión cada cual otro.
Un matemático es un aparato para girar café a teoremas.
Homo sapiens es el animal único que voluntariamente esto a él.
Para ver las vistas nunca voy a visitar.
Pero no huirás mi iambics.
No podemos ser perfectos, les damos dinero, Pero el cielo conoce probamos.
Entre infinito y corto hay una diferencia grande.
Hay doce pulgadas en un gobernante.
El uso de software está regido por los plazos del acuerdo de licencia de usuario de fin.
Él quién tiene un pasado sombrío sabe que los tipos buenos acaban último.
El correctness del método está probado por cualquier de estas técnicas.
Látigo él bien.
Muerte antes de que deshonor.
El flush el lavabo es la base de civilización Occidental.
Cómo podría te ser tan estúpido?
Qué es la diferencia entre bello y feo?
El bamboozle ha captado hemos sido tan credulous.
Una vez alguien se ha hundido a aquel nivel, qué peor puede dices aproximadamente les?
Dónde era Stac Electrónica cuando Microsoft inventó Doublespace?
Todo dice es mal.
La risa y el mundo piensa eres un idiota .
Aquí también es el headlights, ensenada de aire y agotar, un parachoques y un foghorn.
El muy la tinta con qué toda historia está escrita es meramente prejuicio fluido.
Fascinating Es una palabra I uso para el inesperado.
Gandhi a menudo cambió su mente públicamente.
Como con todo las otras propuestas, es básicamente sólo una lista de palabras.
No será cubierto en el libro.
Un Englishman nunca se goza, excepto un propósito noble.
Everthing Es más lejano fuera que utilizó para ser.
No todo el mundo hace las mismas suposiciones.
Una mente es una cosa maravillosa para malgastar .
La venganza es una comida frío servido más.
Qué estas necesidades de país es un buenos cinco microordenador de céntimo.
Para mal, justicia de regreso.
Personas quiénes te conocéis bien, pero gustarte en todo caso.
Tuviste correo.
Soy un ordenador .
Cosmotronic Software Unlimited Lago
No somos el centro del universo, y no se preocupa.
Libre un parámetro de procedimiento variable controlado y reallocate lo antes de pasarlo atrás?
Aquello es por qué él dura para siempre.
La ausencia es al amor lo que al fuego el aire.
Cómo puede te ser en dos sitios inmediatamente cuándo no eres anywhere en absoluto?
Cansado de ser genuino todo el tiempo?
Quienes producen los resultados eficaces cuelgan encima sobre medios una década.
Es personas únicas de estatura moral pequeña que tiene que estand en su dignidad.
No underestimate el poder de la Fuerza.
Pedir cualquier indio.
Lo puedo pedir cualquier cuestión y él darán la respuesta correcta.
El superfluous es muy necesario.
Los músicos son sólo playin' folks.
Veinte Porcentaje de Cero es Mejor que Nada.
Forma de mosto del hombre sus herramientas lest ellos forma le.
Si tuve que vivir mi vida otra vez, haría las mismas equivocaciones, sólo más pronto.
Utilicé para ser un rebelarse en mi juventud.
Serás divorciado dentro de un año.
Tú los tipos saben qué estás haciendo, o eres sólo cortando?
Sin duda un perro.
Fumando es uno de las causas principales de estadísticas.
El primer mito de gestión es que existe.
Los científicos de ordenador mejores sientan para pensar arriba alguna solución.
Un sabio hace sus decisiones propias, un débiles uno obedece opinión pública.
El mosquito existe para mantener el muy humilde.
Entonces sé si a alguien le gusto, les gusto.
En la noche tardía, característica doble, espectáculo de Cuadro.
Pero científicos, quién ought para saber Asegurarnos que lo tiene que ser tan.
Va después de un tattooed Virgo.
Delito exitoso y afortunado se apellida virtud.
Tampoco hace la carencia de fila.
Empresa toma para cambiar una bombilla?
Noche de espectáculo o el tiempo pueden variar en vuestra lonja.
Mientras hay vida, hay esperanza.
Vuestro negocio pasará por un periodo de expansión considerable.
Leído alguien más lima de correo.
El dios ayuda quienes no se ayudan.
Lavado las ventanas una vez a la semana.
Dónde va cuándo tú flush?
En el comienzo allí era nada.
Nunca dar una ventosa un incluso pausa o smarten arriba de un chump.
Vuestro modo de vida será cambiado para el mejor debido a desarrollos nuevos.
Nunca puedes decir qué manera el tren pasó de largo mirar en las pistas.
Los trajes Diseñaron por Pierre Cardin.
Si explicas tan claramente que nadie puede entender mal, alguien .
Y cuándo acabamos no había ningún ganador, los hombres justos que hacen lo que los hombres tienen que hacer.
Escondrijo Su Jefa en la Arena Como una Avestruz?
La idea que coge un oído en el gobierno está desanimando.
Algunos eruditos son como burros, meramente llevan libros muchísimos.
Ningún campfires dejó.
Hay cuatro fases a un matrimonio.
Tiene el teléfono del compañero bugged.
Algunas personas alrededor aquí no reconocería sutileza si les pegó encima la jefa.
El nihilismo tendría que comenzar con oneself.
Los programadores reales no escriben en BÁSICOS.
Es mejor de dar que para dejar, y cuesta sobre el mismo.
Después de todo, es sólo el mediocre quiénes son siempre en su mejores.
Nunca sabes qué es bastante hasta que sabes qué es de sobra.
Él quién odia los vicios odia humanidad.
Eres todavía un ALCOHÓLICO?
La historia tiende para exagerar.
No podemos ser convencidos a llama Dennis Ritchie.
Si no dices cualquier cosa, no te apellidarás encima para repetirlo.
Un hombre gotta saber sus limitaciones.
Ahora dejado la canción empieza!
Muestra otra copa.
El programador sensato está dicho sobre el Tao y lo sigue.
Esto es Jim Rockford.
Un programa tendría que ser ligero y ágil, sus subrutinas conectaron como unas series de pearls.
Qué es búsqueda pero una cita ciega con conocimiento?
Quiero la presidencia tan malo ya puedo probar el hors d'oeuvres.
En participar ubicaciones sólo.
Sonó VALE.
El mapa de flujo es un más exhaustivamente oversold pieza de documentación de programa.
Esta vida es la vuestra .
Trago vuestras latas de cerveza.
En más los países que venden las cosas lesivas como drogas es punibles.
Como con todos los asuntos del corazón, sabrás cuándo lo encuentras.
Nada asombra hombres tanto sentido tan común y sencillo tratando.
Por qué hace un Bozo cruz la calle?
Cada palabra es como una mancha innecesaria encima silencio y nothingness.
Ir el expatriated americanos, Esperando encontrar alguna diversión.
Quienes no pueden escribir obra para el Récord de Laboratorios del Timbre.
El mundo ha crecido tan sospechoso de cualquier cosa aquello parece una vida casada feliz.
Golpe él fuera de vuestra oreja.
Cuando en duda, él.
Cuánto tiempo ser antes de que cortaron de su seguro?
Es un periodo de guerra de sistema.
La tierra entera es en la prisión y nosotros son plotting este increíble jailbreak.
Y deseo nunca le cumplí.
El hombre quién entiende una mujer está capacitada para entender bastante bien todo.
Cada forro de plata tiene una nube alrededor lo.
Eschew Dialecto, irregardless.
Si dos personas quieren cada cual otro, puede haber ningún fin feliz a él.
Has junk correo.
Y es tan FÁCIL!
Las palabras nunca pueden expresar lo que las palabras nunca pueden expresar.
Mantiene arriba de la obra buena!
Un niño'll comer el medio de un Oreo, finalmente.
Sólo dos clases de testigos existen.
Venido alegre dol!
Un hombre hablaba a su amigo mejor sobre su vida casada.
Las vacas sagradas hacen hamburguesas sumas.
El truco es para hacer uno con ninguno.
Cualquiera quiénes no pueden soportar la matemática no es plenamente humano.
Vehículos motorizados sólo.
Tan a no ser que has pond limo para cerebros, quieres la forma larga.
Tuvo éxito sólo en en descenso encima y bruise su frente.
Incluso mientras morimos, otros montaron fuera de la tormenta.
Sus seguidores le llamaron Mahasamatman y dijo era un dios .
Vino antes del primer kernel.
Los físicos teóricos piensan que son matemáticos.
Noche buena, Austin, Texas, wherever eres!
Como aumentos de velocidad, los objetos pueden ser en varios sitios inmediatamente.
Después de que tres años ya no vi esta masa.
Algún día en qué nosotros ambos pueden ganar, Quizás archivaremos un regreso de junta.
Tiempo y espera de marea para ningún hombre.
Evidentemente vuestros filtros están echando fuera correo de Randal.
El amor nos traje a una muerte.
Las coincidencias son espirituales puns.
Nunca hablar enfermo de tú, vuestros amigos siempre dirán bastante en aquel tema.
Ecología y política y sane vivientes.
El periodismo te matará, pero te mantendrá vivo mientras eres en él.
Ningún país tendría que ser tan mucho tiempo sin uno.
Y más sala para mí, pondremos todo el mundo libre!
No Lo busca, lo estudia, o nombrarlo.
Me traigo mi chariot de fuego!
No duerme en un árbol eucalipto esta noche.
Nunca soy startled por un pez.
Fuego y lámpara, y carne y pan, Y entonces para empotrar!
Prefiero rogues a imbeciles porque a veces toman un resto.
Los niños son raramente todavía, mientras los filósofos ancianos a veces quedarán rígidos para minutos altogether.
El público es una mujer vieja .
La tecnología establecida tiende para persistir en la cara de tecnología nueva.
Vuestros valores dietéticos diarios pueden ser más altos o más bajos según vuestro caloric necesidades.
Día de consulta.
La escoria también aumentos.
Esto es el peor masticar en el mundo.
El conocimiento aumentado te ayudará ahora.
El dios es un cómic tocando a una audiencia aquello es temeroso de reír.
Era juego en Havana, tomé un poco riesgo.
Cada persona exitosa tiene tuvo los fallos pero el fallo repetido es ninguna garantía de éxito eventual.
Maryel Traído su murciélago a Salir una vez y empezado whacking personas en la pista de baile.
Thrashing Es sólo virtual chocando.
Si sólo había sabido, habría sido un locksmith.
Así que es la anarquía.
Obrado para mí todo el tiempo.
Necesité el bien de la legislatura de cuatro estados.
Advertir vuestros amigos aproximadamente lo.
A veces creo que Dios, en crear hombre, un poco overestimated su capacidad.
El franqueo será pagado por destinatario.
El rinoceronte es un homely bestia, Para ojos humanos no es un festín.
Pase la palabra.
O serás ocho vivo, los aprendices eran jocularly advirtió.
Y entonces un par de pies más, sólo para ser seguro.
Para seguramente cualquiera quién consigue cualquier cosa es, esencialmente, anormal.
No puede ser gobernado por interferir.
Y entonces decir él con el sumo levity.
Lo dejó muerto y con es jefa Venido a mis armas, mi perth amboy!
Él quién sabe nada, sabe nada.
El borde final de tecnología de software.
Formatted A cabido vuestra pantalla.
Boyce Connell Jr.
Detrás de cada hombre exitoso encontrarás una mujer con nada para llevar.
Y si deslizamientos de California al océano, Como el mystics y las estadísticas lodicen .
Emily querida, qué aproximadamente mensajes de prueba?
Lo pienso listo de la tortuga En tal fijar para ser tan fértil.
Esto sentencia hace de hecho no tener la hacienda alega no para tener.
La verdad no es gratis.
Puedo haber sólo la cosa para ti.
Qué es alimentario a un, es a otros veneno amargo.
Eres magnético en vuestro aguantando.
Entonces verías el adolescente de primate stomp hasta su rama y cerrar de golpe las hojas.
El tiempo está corriendo fuera.
La mayoría de personas no pueden entender cómo otros pueden soplar sus narices de manera diferente que hacen.
La mayoría de maridos meacuerda de un orangutang intentando tocar el violín.
Siempre llevar vuestra cinta de escaño.
Sólo significa no bastantes personas para hacer una minoría.
Profanity Es el lengua todos los programadores saben más.
Quizás segundo delito peor del mundo es aburrimiento.
Nunca comer más de ti puede impulso.
Afiliación dues no es reembolsable.
Las cosas no cogerán cualquier mejores así que coge utilizado a él.
Sólo gargle y gargle y no me preocupo quién me oigo porque soy bello.
Oirás bueno noticioso de uno pensaste unfriendly a ti.
Bajo cada hueso lurks un político.
Los sonidos de los sustantivos son mayoritariamente unbound.
Nietzsche Dice que viviremos la misma vida, encima y encima otra vez.
Preferimos hablar mal de nosotros más que no hablar de nosotros en absoluto.
No el Alcohol Sumo les hace todo para el uso de sus niños?
A seguir bien de los lujos y el necessities cuidará de ellos.
Puede nombras los siete enanos de Snow White?
Los psicólogos experimentales piensan que son biólogos.
Uno el accidente bueno merece otro.
Somos qué fingimos ser.
Quizás tendríamos que pensar sólo aproximadamente hoy.
Ninguno asuntos de palabra.
Muchos un bum el espectáculo ha sido salvado por la bandera.
Cuándo diseñando un sistema operativo, el programador busca la armonía más sencilla entre máquina e ideas.
El pasado siempre mira mejor que era.
Enmascarando su miedo y pensando rápidamente, Señora
I criaturas de odio.
No podría ser propio para las personas que adolecen corazones débiles.
Esta pseudociencia ha sido alrededor desde el día del Chaldeans y babilonios.
Programo, por eso soy.
Una tarde habló.
Tuvo dinero también.
Las cinco clases principales de electricidad son corriente alterna, corriente directa, relámpago, estático, y europeo.
No somos cogidos ninguna placa!
Festín feliz del cerdo!
Y naturalmente la belleza de un láser es, hay no recoil.
Cronometrando tiene que ser perfecto ahora.
Cómo muy bueno para potestad.
Por qué hacer las gaviotas viven cercanas el mar?
La oficina pública es el último refuge de un sinvergüenza.
La emoción y el peligro aguardan vuestra inducción a tracer deber!
La edad clave tradicionalmente ha sido más gustar catorce.
El dios es real, a no ser que entero declarado.
Intel La ingeniería parece para tener misheard Intel estrategia de marketing.
Pocas cosas son más duras de poner arriba con que la molestia de un ejemplo bueno.
Cada cosa viviente quiere sobrevivir.
Produce una impresión falsa.
Un logging empresa de fuera de la ciudad Vino y chopped los árboles todo abajo.
Stinginess Con los privilegios es bondad disfrazados.
A veces siento gusta estoy desvaneciéndome, Mirando en mí, cogía nothin' para decir.
La elocuencia más fina es aquello cuál coge cosas hecho.
Él hath comido me fuera de casa y casa.
Wrinkles Meramente tendría que indicar donde las sonrisas han sido.
Ningún importar cuánto tú nunca haces bastante.
Empresas de seguro entienden este comportamiento, y tasar sus pólizas consiguientemente.
Edad y traición juventud vencida siempre y destreza.
Duran para siempre, en gran parte porque nadie nunca les come.
Perfección de marca de las naderías, y la perfección es ninguna nadería .
Aumento de cometas contra el viento, no con él.
Cómo puede les eliminas?
Hay dos tipos de personas en este mundo, bueno y malo.
El británico no gusta cerveza tibia más que los americanos hacen.
Si pasa una vez, es un bug .
Si un millón de personas dicen una cosa tonta, es todavía una cosa tonta.
Busca simplicidad y recelo él.
Si no eres muy listo te tendría que ser conciliador.
Tienes un inusual entendiendo de los problemas de relaciones humanas.
Diferente la mayoría de lagers, esto uno tiene que ser bebido más despacio que stout.
Corrí a un amigo de mina en la calle el otro día.
Si quieres algo, puede esperar.
Nunca comer en un sitio la mamá llamada es.
Podemos derrotar gravedad.
Porque el conocimiento es tortura , y tiene que haber concienciación antes de que hay cambio.
Evita contacto con piel.
La libertad de la prensa es para quienes pasan para poseer uno.
Si las personas están desilusionadas por aquel comentario, no lo puedo ayudar.
Hay una pérdida leve de paridad.
Leí ficción de ciencia muchísima.
Si deseas tener éxito, consulta tres personas viejas.
Volvió de su luna de miel un chastened hombre.
El Tao dio nacimiento a Espacial y Tiempo.
El horizonte de muchas personas es un círculo con un radio de cero.
Naturalmente puedo mantener secretos.
Nunca decir sabes un hombre hasta que has dividido una herencia con él.
Alienígenas fume, invasión aplazada Mientras ellos marca estos cuentos como mentiras.
Nadie dijo que los ordenadores iban a ser educados.
Un hombre tomó su ciervo de mujer que caza por primera vez.
Las enzimas son cosas inventó por biólogos que explica cosas qué otherwise requiere pensamiento más duro.
Todo el mundo hablando a sus bolsillos.
Por qué todo el mundo está yendo tan lento si está llamado hora de prisa ?
Eres un insulto a mi inteligencia!
Siendo un mime significa nunca teniendo que decir losientes .
Si la ignorancia es bliss, por qué no es allí personas más felices?
Esto es la teoría india de existencia.
Daño de cerebro es todo en vuestra jefa.
Tomar vuestro Senador para comer esta semana.
Libro grande, grande aguantó.
Apoyo vuestra iglesia local o sinagoga.
Piensa de él!
La simplicidad hizo compleja.
La duración de pasión es proporcionada con la resistencia original de la mujer.
Boston la casa Estatal es el hub del Sistema Solar.
Pero ves que línea allí moviendo a través de la canal?
Quizás las decepciones más grandes eran los esperaste en todo caso.
Nota el uso de puntos de exclamación!
Ninguna compra necesaria.
Ningún asunto donde diriges sentar, El hombre en el balcón ciertamente spit.
Das La máquina es nicht piel gefingerpoken und mittengrabben.
Dónde era Manzana QuickTime cuando Microsoft inventó Vídeo para Ventanas?
Nunca llamar un hombre un fool.
Cada vez una mujer cogía embarazada, alguien ciudad izquierda.
Nullum magnum ingenium sine mixtura dementiae fuit.
Todo que sabes es mal, pero puedes ser alisado fuera.
Le conocí antes de que era una virgen .
El precio del éxito en filosofía es nimiedad.
El mundo está llegando a su fin!
Rudolph Bloque, de Nueva York, encontrado él sentado en cena al lado Señor
no es a cualquiera es ventaja para ver la verdad.
Muchos enraged los psiquiatras están incitando un cansados butcher.
no hay nothin' en este mundial aquello es valor siendo un snot encima.
No correr encima cubierta de grupo.
Él quién ríe último es probablemente vuestro jefe.
Sólo gustar todo el mundo más.
O ir explorando el mundo.
Quién era que hombre enmascarado?
Un viaje de mil millas tiene que empezar con un paso solo.
Si supiste qué para decir luego, lo dices?
Él hitched su waggin' a una estrella.
Qué está irritando aproximadamente el amor es que es un delito que requiere un cómplice.
Máquinas haber menos problemas.
Quizás es tiempo para romper aquello.
Pero si reímos con derrisión, nunca entenderemos.
Si una canal de tren es un sitio donde unas parones de tren, qué es un workstation?
Vuestras rutas serán agregadas.
Un poco o' la carne fresca bajará dulce!
Probablemente a algún lugar cercano donde lo todo empezó.
La naranja puede ser llevada.
Dos cosas son seguras aproximadamente ciencia.
Mueve al caretaker incluido.
El espectáculo de juego definitivo será el donde alguien coge matado al final.
Los ateos únicos podrían aceptar este Satanic teoría.
Odio sumas.
Pero tan lejos, el país entero es como un campamento de concentración.
Sabe no qué para saber quién sabe no también cómo a unknow.
Es nada sagrado?
Puesto otra contraseña en, Bomba él fuera, entonces probar otra vez.
No escriben en cualquier cosa menos portátil que un número dos lápiz.
Así que el capitán de una vaso suma no tendría que obrar ligeramente o a la ligera.
Lengua de máquina dio nacimiento al ensamblador.
Las universidades son sitios de conocimiento.
Toda posibilidad de comprensivo está arraigado en la capacidad de decir núm.
Si cierra sus ojos, causa el mundial de desaparecer.
Me quiere traer abajo.
Cuando hay una sirvienta vieja en la casa, un perro de reloj es innecesario.
Para por qué tiene su sombrero encima?
El universo es una isla , rodeado por cualquier es aquello rodea universos.
Actor Nombre Real Boris Karloff William Henry Pratt Cary Grant Archibald Filtra Edward G.
Por qué hizo el derrumbamiento de Imperio Romano?
Él nunca alegado para ser un dios.
El anuncio ofreció balanza de salario diferente para hombres y mujeres.
Envía algunos filthy correo.
Da pensado a vuestra reputación.
Va fuera, soy bien.
Nadie me vi él!
Gracias Para observar todas precauciones de seguridad.
Cuándo uno quema uno es puentes , lo que un fuego muy bueno hace.
La documentación es el aceite de ricino de programar.
Todo de vida es un empañar de Republicanos y carne!
Un handful de los amigos vale más de un vagón de oro.
Los gatos están pretendidos para enseñarnos aquello no todo en carácter tiene una función.
Su nombre es la Empresa .
Él solapas en una tormenta.
Uno la pila grande es mejor que dos pocas pilas.
Si su frente está bruise, él él él y el caso está rechazado.
A no ser que htere es un monstruo de galleta a algún lugar entre nosotros tat muches el amil.
No puedo creer aquellos dados de juegos del Dios con el cosmos.
Ellos realmente él.
no hay ninguna delicia el igual de pavor.
O puedes tener libertad.
Oprah Winfrey Tiene un talento increíble para coger las personas más extrañas para hablar a.
Somos todos .
Intentas cosas que te ni siquiera plan debido a vuestra estupidez extrema.
Tú si podrías pero puedes no tan tú no.
De la copa de la montaña, no puedes ver la montaña.
Uno estuvo asaltado.
Nadie está cabido para ser confiado en con poder.
Esto NO es un repetir.
Desde entonces mucho quieren sus cuentas, no son interesados en otras máquinas.
Si tú vuestro más el resto de la manera, aquello cuida de todo.
El progreso es imposible sin cambio, y quienes no pueden cambiar sus mentes no pueden cambiar cualquier cosa.
Para entender un programa tienes que acaecer ambos la máquina y el programa.
Las peleas entre gatos y perros están prohibidas por estatuto en Barbero, Carolina del Norte.
La diferencia es que uno es amistoso y el otro no es tan amistoso.
O visto una nutria ot.
Por qué es nadie nunca me envié todavía Uno limusina perfecta, supones?
Mi consejo a ti es para tener nada cualquier cosa para hacer con él.
Sólo porque eres paranoid no significa NO SON después te.
No podría haber estado él con C.
Te lo llevas o lloras?
Todas las prendas que coruscate con resplendence no es verdaderamente auriferous.
Los dinosaurios no son extintos.
Nadie sabe el problema he sido.
Siendo el testigo de jefe, su testimonio era vitally importante.
Quizás tendríamos que haber elegido APL.
Sólo porque te gusta mi material no significa te debes cualquier cosa.
Tarde muy favorable para románico.
La diferencia única entre una rodera y una tumba es sus dimensiones.
La experiencia proviene juicio malo.
Ninguno partes de reloj o cualquier cosa.
Si vuestro pan es stale, tostada de marca.
Cuándo la niñez muere, sus cadáveres se apellidan adultos.
La moda varía con estado.
No es realidad, a pesar de que puedes expresar realidad allí si deseas.
Esto es una prueba del Sistema de Emisión de la Emergencia.
No pliega, spindle o mutilar.
Por necessity, por proclividad, y por delicia, nosotros todos citan.
Para coger un préstamo primero tienes que probar no lo necesitas.
Un furore Normanorum libera nos, O Domine!
Sin un cuidado, viven sólo para sus programas.
Me puedes llamar por mi nombre, Wirth, o por mi valor, Valor.
Día bueno para dejar abajo amigos viejos quiénes necesitan ayuda.
Sé ingenieros.
Vuestra vergüenza financiera provisional será relevada en una manera sorprendente.
Pauca sed matura.
Hacer diseñador de desgaste de biólogos molecular genes?
Una ojera triste.
Alguien de PEORIA tiene la ATENCIÓN más a escasa giró que me?
Quiero ROCK 'N CORRO!
Pero veo menos o más?
Entonces que noche, quemaron la rueda.
Las calles eran oscuras con algo más de noche.
Me hago mantener AIX.
Su sitio de habitación consuetudinario Tiene mucho fondo dentro de la raza humana.
Si el compilador es sumo, entonces la aplicación es suma.
Puedo escribir programas en APL, pero no puedo leer cualquiera de ellos.
Si eres feliz, eres exitoso.
Los hombres sentaron sipping su té en silencio.
Cualquiera quién dice que puede ver a través de las mujeres falta mucho.
Los días son todo vacíos y las noches son irreales.
Soy I justo grueso?
No tienes que saber cómo las obras de ordenador, sólo cómo para obrar el ordenador.
Tendrías que evitar hedging, al menos aquello es qué I piensa.
Estás estando en mis dedos.
Había pegado su novio, quién luchó los toros mecánicos.
Es más fácil de luchar para uno es principios que para vivir hasta ellos.
Cada vez vas a la playa, la marea entrada?
No serás elegido a oficina pública este año.
Prohibición la bomba.
Esto significa que sólo a la izquierda entregó las personas son en su mente derecha.
En general, ellos qué quieres, a no ser que quieres consistencia.
Precios de traficante pueden variar.
Piensa sobre estos una vez en awhile y mirar vuestro cambio de respuestas.
Un distraught el paciente telefoneó la oficina de su doctor.
Respira profundo el creciente gloom.
Me enseño para pescar y comeré para siempre.
Un regalo de una flor pronto será hecha a ti.
No es necesario de tener parientes en Ciudad de Kansas para ser infeliz.
Podría ser peor, pero tomará tiempo.
La literatura inglesa está actuando pulga.
Eché arriba en mi ventana!
Cualquiera una cosa pasará o él no.
Una tarde, emboldened por hambre, el felino intentado para seguir Gabe a través de la puerta posterior.
Aún así tales remedios tratan síntomas únicos Y tan son inadecuados.
Las necesidades son una función de qué otras personas tienen.
Si Bill Gates es el Diablo entonces Linus Torvalds tiene que ser el Messiah.
Rieron en Einstein.
Ficción de ciencia, Característica Doble.
Muriendo es uno de las pocas cosas que puede ser hecho tan fácilmente lying abajo.
Ningún cerdo tendría que ir buceo de cielo durante monzón Para este no es realmente la norma.
hay no tal cosa como paz interior.
Tierra de madre no es plana!
La visita bella Vergas, Minnesota.
Obedecerás o molten la plata será vertida a vuestras orejas.
En otra pelea, la mujer decked le con un vaso pesado pitcher.
Los cacahuetes no son realmente tuercas.
Pone fuera de un vaso y le vierte una terna disparó de Centeno.
Filosofía clip las alas de un ángel.
Todo inclina a éxito, incluso gramática.
Otros mirarán a ti para estabilidad, así que escondrijo cuándo muerdes vuestras uñas.
Uno día lento, encontró que tuvo tiempo para charlar con el nuevo entrants.
Cuatro y cuatro es ocho.
El juez ordenó un retrial.
Hay bugs y entonces hay bugs.
Todo el mundo tiene un propósito en vida.
El problema con este país es que hay ninguna pena de muerte para incompetencia.
Es una cosa para alabar disciplina, y otro para entregar a él.
Pero recordar el riesgo.
Me cambio encima a un formato conductista positivo para prestigio máximo de Su identidad.
Cuándo la especulación ha hecho su peor, dos plus dos quieto equals cuatro.
Va despacio a las diversiones de thy amigos, pero deprisa a sus desgracias.
Significas nunca has oído del Halcón de Milenio?
Cada clase está desajustada para regir.
Qué bueno es una entrada a la vida buena, si no puedes encontrar la entrada?
Cien millar lemmings no puede ser incorrecto!
Casi todo el mundo a bordo estuvo perdido, excepto el mago y el loro.
Así que el último un para ser pacífico y todo es un idiota grande , Eh?
La vida es como una lata de sardinas.
E incluso la salvia osa no tentar destino.
Le promete cualquier cosa, pero dar su Exxon unleaded.
Ser prudente cuándo muerdes a vuestra hamburguesa.
Dejado nos cantar junto!
Nada más parece para obrar.
Mañana yo probablemente todavía ser un perro.
Deseando sin la obra es gusta pescar sin cebo.
Nuestras espadas tocarán los oradores para nosotros.
La predicción es muy difícil, especialmente del futuro.
Mi loro quién era cordial ahora está transmitiendo estático.
No le podemos embalsamar tan hacer los egipcios.
Te desearás hubo no.
Qué hacer Crays y las alfas manejan el POSIX problema?
Sólo tienes que cariz en la dirección derecha.
Pero nunca le puede coger en él.
Algunos de nosotros están acaeciendo los hombres quisimos casar.
Hoy es Nacional Existencial Ennui Día de Concienciación.
El sentido común es instinto , y bastante de es genio .
La psicología de razón real es dura es que los psicólogos están intentando hacer el imposibles.
Tienes nada para perder pero Señor
Un taxi vacío condujo arriba y Sarah Bernhardt salido.
Saber qué I odio más?
Los hombres son aquellas criaturas con dos patas y ocho manos.
La temperatura de Heaven puede ser bastante con exactitud computado de dato disponible.
Cojo mi ejercicio obrando tan pallbearer a mis amigos quiénes ejercitan.
El coste de viviente acaba de remontar otro dólar un quart.
no hay mucho que te puede hacer aproximadamente lo.
No podemos tener ninguna idea CÓMO estamos haciéndolo, pero sabemos QUÉ estamos haciendo.
Vuestros cuadros y signos.
Sé en qué lado mi pan es buttered.
Como ordenador, encuentro vuestra fe en la tecnología que divierte.
Él panders a los instintos ya proveídos para dentro del alcance de cualquier establecimiento doméstico respetable.
Así que eran no más preparados el segundo tiempo que ellos habían sido el primero.
Vuestro control anulado es vuestro recibo .
Te goza mientras eres todavía viejo.
Si los fines no justifican el medio, entonces qué ?
Y todo aquellos poco rojo specks corriendo a la izquierda es nuestros tipos.
Cuándo volvió no supo donde había sido.
Para creer ninguno así que es algo peor.
Me asomo un perdedor bueno en los deportes profesionales y yo te asomarán un idiota.
Si eres un perro policial , dónde es vuestra placa?
La personaje fuerte quiere la tierra tanto él lujurias para recurrence.
Personifiers Del mundo, une!
Ahora serás ser esperado para echar otra fiesta el año que viene.
Puede no tomas distracción de su inacabable gyrations?
Dónde encuentro nada?
Cada año los nombres nuevos están puestos a las ramas, pero todo a ningún avail.
Si ganas, prometo nunca para verle otra vez.
Si nunca podemos hacer la cinta roja nutritiva, podemos alimentar el mundo.
Cuándo un sitio coge llenado bastante para requerir ID es, el derrumbamiento social no es lejos fuera.
Y tan va que uno el par indio hecho el amor en un escondrijo de búfalo.
Para enseñar es para aprender.
Mejor de utilizar medicinas en el principio que en el último momento.
No sabemos uno millonésimo de uno por ciento aproximadamente cualquier cosa.
El comité óptimo No tiene ningún miembro.
Qué haces si todos vuestros problemas no son solucionados por el tiempo mueres?
Lucas es británico, y todas las cosas filtración británica!
El optimista piensa que esto es el mejor de todos los mundos posibles.
Pero es real.
Lo pareció había sentado allí una semana.
Te pide si eres feliz y cesas para ser tan.
Herramientas de poder para perdedores de poder.
Lo dispara y puesto él fuera de su memoria.
Un gato tiene una cola más de ningún gato.
Oh Ningún, no otra vez.
Immanuel no pun, él Kant.
El problema con ser puntual es que nadie es allí para apreciarlo.
Prueba dividir vuestro tiempo equitativamente para mantener otros felices.
Vuestros hombres sensatos no saben cómo siente para ser grueso como ladrillo.
Aparece para ser llevando la misma ropa tan la última vez.
Ha sido dicho que el hombre es un animal racional .
Cuándo está mirado a tan vulgar, cesará para ser popular.
El Tao dio nacimiento a lengua de máquina.
No utiliza si foca de florete está rota.
A err es humano, dos curs canino.
La moción del ascensor coupled con las sustancias químicas en alucinaciones de producto del coque.
En las Salas de Justicia la justicia única es en las salas.
Estuve estupefactado!
Cuándo los gobernantes mejores consiguen su propósito Sus temas alegan la consecución como propios.
Si al principio no tienes éxito, prueba, prueba otra vez.
Algunos de ellos están corriendo de amantes, Dejando ninguna alocución de delantero.
Una mente vívida y creativa te caracterizas.
Puede le oyes cantando?
Geniuses Sacarlo.
Nunca confiar en un sistema operativo.
Puede ser demasiado intenso para algunos espectadores.
Calcas a mi paciencia.
Y también la mujer quién le quiere en casa por cinco, naturalmente.
Utilizo tecnología para odiarlo más propiamente.
Nunca coger a peleas con personas feas porque tienen nada para perder.
Y Jimmy tiene un frontal lobotomy.
Hoy es el primer día del resto de vuestro lossage.
El carro No tiene ningún sitio donde una quinta rueda podría ser utilizada.
Infierno nadie es perfecto, te gusta tocar?
En vez de sentir complimented cuándo nos apellidamos un asno, quedamos en duda.
Si sólo podría ser respetado sin teniendo que ser respetable.
La primera persona para hacer cualquier cosa pierde.
Y al día siguiente, y el después que, y tan adelante.
Me doy un pez y yo comerán hoy.
Ninguna tripa, ninguna gloria.
Sabe su sitio?
Una decimoséptima opinión de siglo citada por L.
Qué es la posibilidad de este ser añadió en el futuro?
El secreto de felicidad es total desatender de todo el mundo.
Los dolores más sumos son aquellos prpers causamos.
Y cuándo miras a un abismo, el abismo también carices a ti.
Mantienes marcador con dinero.
Esto es igual en carácter como es con hombre.
La manera más clara al Universo es a través de un bosque wilderness.
A veces la medicina mejor es para parar tomando algo.
Todo el mundo sabe que los dragones no existen.
Te tienes.
No sé qué Descartes' cogido, Pero booze puede hacer lo que Kant puede no.
La carencia de dinero es la raíz de todo mal.
Si no puedes coger un taxi, puedes dejar en un huff.
La guerra no prueba quién ha bien, sólo quién ha dejado.
Tú buttered vuestro pan, ahora mentira en él.
Mi reino para un caballo!
Cualquiera puede hacer un omelet con huevos.
El futuro no naciendo, mi amigo, abstendremos de bautizarlo.
Al programador de sistemas, los usuarios y las aplicaciones sirven sólo para proporcionar una carga de prueba.
La optimización prematura es la raíz de todo mal.
Es mejor de llevar fuera que para enmohecer fuera.
Even John dijo tan.
Debajo sensation y memoria La Manera es la fuente de todo el mundo.
Esto implica de hecho escribiendo el chunks de código voy a ser hablando aproximadamente.
Coges utilizado a aquellas cosas.
Necesidad decimos menos?
Nunca utilizar una palabra larga cuándo un diminutive uno hará.
La bondad es una lengua qué el sordo puede oír y el ciego puede leer.
Red alrededor del cuello.
Muchos caimanes serán slain, pero la ciénaga quedará.
El abuso de grandeza es cuándo lo disjoins remordimiento de poder.
Los tiempos normales posiblemente pueden ser encima para siempre.
Las personas discrepan conmigo.
Es dulce de dejar la mente unbend de vez en cuando.
Mis amigos, soy aquí para decir tú del wonderous el continente sabido como África.
Si los economistas de todo el mundo estuvieron puestos fin para acabar, no lograríamos una conclusión.
Da las gracias a Dios soy un ateo .
Experiencia teaches nos que el silencio aterra personas la mayoría de.
El presidente era casi impeached y qué oficina él más tarde control?
Insulto un pariente rico hoy.
Para parar el unstoppable accidente!
Un viaje de mil millas empieza con un avance de dinero efectivo.
Las expectativas positivas ceden resultados negativos.
Todas manos de puente son igualmente probablemente, pero algunos son más igualmente probablemente que otros.
Cuándo el dios sierra qué faulty era hombre probó otra vez y mujer hecha.
Es imposible de hacer cualquier cosa foolproof porque fools es tan ingenioso.
La cultura es el hábito de ser complacido con el mejor y sabiendo por qué.
Sabes que clones nunca espejos de uso?
Quién eres?
Él quién prevé las calamidades les padece dos veces encima.
Si el aborigen reclutó un IQ prueba, todo de civilización Occidental presumiblemente flunk lo.
Dónde era Sol cuando Microsoft inventó Java?
Seguir el WHIPPLE AVE.
Reloj disuelve.
Es contra el grano de educación moderna para enseñar niños para programar.
Así que regenerará en un par de días.
La versión nueva es todavía distribuida libremente, ahora incluso con un copyright que deja modificación.
Obras para Mac usuarios.
Quiénes pueden decir los secretos de sus corazones y mentes?
Va pide Alice Llamada Alice Cuando es diez pies alto.
Vuestra conformidad con todos los plazos y afecciones, expresados e implicados, es automático a ver.
No escribe bajo esta línea.
La poca chica espera no declaration de ternura de su muñeca.
Vuestro jefe subió el corporativo ladder, injusticia por incorrecto.
A pesar de todo, todavía creo que las personas son bien en corazón.
Vuestra resaca sólo hace parece terrible.
Cuándo no sabes qué para hacer, ayuno de paseo y el cariz se preocuparon.
Somos todo natos locos.
Fue para dejar el mundo a la balda?
Suerte de señora trae ingresos añadidos hoy.
Una religión de muerte intelectual.
Pagas de honradez, pero no parece para pagar bastante para adaptar algunas personas.
Suburbia Es donde el desarrollador bulldozes fuera de los árboles, entonces nombra las calles después de que les.
Cómo puede vivo con el mundo?
Va casa con algunos suministros de oficina.
Recordarás algo que te no tendría que haber olvidado.
La dignidad es como una bandera.
Un atajo es la distancia más larga entre dos puntos.
Para generalizar es para ser un idiota.
O explota?
Les di nada para algo.
El coste de viviente está remontando, y la casualidad de viviente está bajando.
Cogía la factura para mi cirugía.
El primer software plenamente modular desastre.
Cada mejora en comunicación hace el aguantó más terrible.
Mantiene América bella.
Seguramente espero aquello es un error de sintaxis .
En este mundial hay sólo dos tragedias.
El problema no ha sido corregido.
Mi manera de joking es a decir verdad.
Tis Hombre perdition para ser seguro, cuando para la verdad él ought para morir.
Entonces les cubrió arriba con barro excepto sus jefas.
Comportamiento de noviazgo alterna entre incómodo shyness y avances repentinos.
Una palabra que huelgas ningún placer?
Pegó una mosca alta derecha al centro fielder.
Biz Es mejor.
Cuándo las velas son fuera todas las mujeres es justo.
Todo el mundo me odio porque soy paranoid.
Dónde encuentro el tiempo para no leyendo tantos libros?
Porque era argumentary y podría no pronunciate sus palabras.
Despedida llamamos a chimenea y sala!
Ahora seleccionar un grande mezclando bol, midiendo copa, etc.
Por accidente puse el tono automovilístico en la cerradura de puerta.
Dar todos los órdenes verbally.
Para ver a él que las fuerzas de Napoleón están conducidas fuera de España.
Elegir otra galleta de fortuna.
Esto es un registro .
Puedo ganar una riña en cualquier tema, contra cualquier adversario.
El segundo es restricción , Por cuál encuentra fuerza.
Un bostezo es un grito silencioso .
Serás atropellado por un camión de cerveza.
Houdini Huyendo de New Jersey!
Más de justo una generación detrás.
Ayuda una tierra de trago en Capistrano.
La bebida británica cerveza tibia porque tienen Lucas refrigeradores.
Pero esto no fue lo.
Segundo mejor es para morir pronto.
Abajo con categórico imperativo!
Mi padre dejado cuándo era bastante joven.
Tengo una caja de redes telefónicas bajo mi cama.
Macho No prueba mucho.
El valor es miedo aquello ha dicho sus oraciones.
Evidentemente era cualquiera a algo, o encima algo.
Si el dios es muerto, quién salvará la Reina?
La libertad es esclavitud .
El gusano más pequeño girará ser trodden encima.
Pasa las horas y las horas que disparan cuadros de los siete enanos y su antics.
Olvido el segundo.
Cambio exacto sólo.
El rico coge él en el verano y el pobre coge él en el invierno.
Pero el opuesto de una verdad profunda bien puede ser otra verdad profunda.
Porque la vida es injusta.
Cuándo charla de contables de beneficios trimestrales, el presupuesto de desarrollo está a punto de ser cortado.
Dejar ningún hueso unturned.
no Me gusta la cerveza.
Las mujeres no son tan meras como utilizaron para ser.
Gota en cualquier buzón.
Eres obstinate.
La raza humana tiene uno arma realmente eficaz, y aquello es risa .
Carácter a todas las cosas fijadas los límites cabidos, Y sabiamente curbed el hombre orgulloso está fingiendo ingenio.
Si cualquier cosa puede ir mal, él .
El plátano pesa dos onzas por pulgada.
Quienes no entienden Unix está condenado para reinventarlo, mal.
Nada en vida es para ser temido.
La manera mejor de coger librada de las preocupaciones es para dejarles dado de negligencia.
Dijiste que ibas a llamar y está sido dos semanas .
Matrimony No es una palabra, es una frase .
Ninguna cantidad de genios puede vencer un preoccupation con detalle.
Dejar el thrashing a nosotros.
El Poste tendrá una historia sobre Muskie haciendo una habla en Iowa.
Bien de hecho, estuvo pedido para dejar.
Serás singled fuera para ascenso en vuestra obra.
Estos son los viajes del starship Empresa.
Cualquier ente en moción tenderá para quedar en la moción hasta asunto sólido interviene de repente.
Evita cliches como la plaga.
Si el dios nos quise para ser valiente, por qué nos doy patas?
Les gustan sacudir sus colas?
Programadores mordió por mordió.
Sentó en los controles y probados para imaginarles fuera.
La tarde seguirá día.
Norte previsto del centro encontramos el Fin Del sur.
Te mantendrá despierto hasta que mediodía.
Hacen él con leche, el ron y el azúcar y él es maravillosos.
Nueva York es real.
Encima y fuera.
En el del este hay un tiburón qué es más grande que todo otro pez.
Rico y thirsty.
Y pensaste no lo podríamos hacer peores.
Decidí no para aprender esta lección particular.
La mayoría de personas sienten que todo el mundo está titulado a su opinión.
Sólo sabes cuándo una relación está a punto de fin.
El dinero es su recompensa propia .
Ochenta por ciento de trampa de hombres casados en América.
Si al principio te fricasee, fríe, fríe otra vez.
Para preservar nuestra independencia, no tenemos que dejar nuestros gobernantes noscargan con deuda perpetua.
Como Presidente tengo que ir vacuum mi colección de moneda!
Esto es vuestra fortuna .
Qué necesitamos es cualquier menos corrupción, o más casualidad de participar en él.
El dios es el punto tangencial entre cero e infinidad.
El amor nos digo muchas cosas que no es tan.
Spock Es en su lado.
Un crítico es un fardo de los sesgos aguantaron loosely juntos por un sentido de gusto.
Si los vendedores empezaron hacer todo derecho, seríamos fuera de un trabajo.
Y tenerte notó la huella más pequeña utilizan en los diarios?
hay no líneas rectas.
Conozco es loco.
Verdad fuera esta mañana.
Muchos se apellidan, poco voluntario.
Cómo puede tienes cualquier puding si no comes vuestra carne?
Si le puede aguantar, tendrá el animal.
La mayoría de software de dominio público es gratis, al menos al principio mirada.
Los científicos preparaban un experimento para pedir la cuestión definitiva.
Él quién habla, no sabe.
Tienes una apelación fuerte para miembros del sexo opuesto.
Agarrarse a la raíz.
Lee plazos y afecciones.
Digo ya, era un niño feo .
Los cómics están haciendo ninguna reclamación de verdad.
Aquello es el punto que tiene que ser logrado.
Quieres miedo de huelga y aborreciendo a los corazones de DP gerente en todas partes?
Las apuestas eran enormes, la tensión palpable.
Las cosas hasta la fecha deshechas tendría que ser dado, I sospechoso, un ancho berth.
Para emisión inmediata.
El segundo es justificación de ella por accusation de ti.
Uno disparó tomó efecto en su frente.
Uno cosa buena aproximadamente música, Bien, ayuda sientes ningún dolor .
Para un primer offense, aquello es.
La búsqueda es qué I estoy haciendo cuándo no sé qué I estoy haciendo.
Utilizaron teepers.
Algunas personas ruegan para más de son dispuestos de obrar para.
Cogido un diccionario?
Uno el estudiante anterior desarrolló el concepto de la letra de forma personalizada.
Mantener la empresa de bums y acaecerás un bum.
Allí habrá sido una emergencia real, entonces ya no serías aquí.
Concurso void dónde prohibido por ley.
En este valle De trabajo duro y pecar Vuestra jefa crece bald Pero no vuestra barbilla.
Rincewind Mirado abajo en él y grinned despacio.
Si sólo tienes un martillo, tiendes para ver cada problema como uña.
No pienso el enfermero está estando allí con un stopwatch y un notepad.
Para cada problema complejo, hay una solución que es sencillo, ordenado, e incorrecto.
Nunca puedes hacer sólo una cosa.
Entrega ayer, código hoy, piensa mañana.
Si al principio no tienes éxito, destruir toda evidencia que te probó.
Hace el nombre Pavlov red un timbre?
Vi un ejecutivo publicitario subliminal, pero sólo para un segundo.
Microsoft es una cruz entre el Borg y el Ferengi.
Más pesado que el aire que vuela las máquinas son imposibles.
Un imperio sumo, como un pastel sumo, es más fácilmente disminuido en los bordes.
Y tengo este dolor completamente mi ALU.
Matando los pavos causa invierno.
Yo esto 'Linux de causa me doy un leñoso.
Sabes cómo para ganar una victoria, Aníbal, pero no qué para utilizarlo.
Dar vuestro muy más hoy.
Apoyo Bingo, mantiene Abuelita de las calles.
Una persona quién tiene algo mira en absoluto hay y quiere todo el resto.
Esta práctica puede exacerbar, no aliviar, el problema de productividad de la nación.
Leído el Warner paperback!
Somos puso atrás todavía?
La oferta puede acabar sin aviso.
El descenso a Hades es igual de cada sitio.
Algunos animales adquieren su alimentarios fácilmente, como conejos, hogs y cabras.
Por probar fácilmente podemos aprender para soportar adversidad.
Y tan lo dan una forma, e intentar hacer todo cabido lo.
Tienes redimir valor social?
Entonces tuvieron que inventar Scotch whiskey para tomar fuera el dolor y frustración.
La CASA de RUEDAS!
Cómo podría lo ser otherwise?
Tal hombre esperaría una pera de un árbol de melocotón.
Mis ojos son siempre fríos.
Si al principio no tienes éxito, estás haciendo sobre mediano.
Ahora soplar esta cosa así que podemos todos van casa.
Medida dos veces, cortado una vez.
Entonces le vi.
Y cuándo piensa, va para dormir.
Es fácil de encontrar falta, si uno tiene que talante.
Cuándo el cambio a Común Lisp ocurre ambas máquinas , naturalmente, ser Tipo O.
El mosquito es el pájaro estatal de New Jersey.
La honradez es la póliza mejor , pero insanity es un defensa mejor.
Entonces va grocery compra.
Esperando a la bondad no es theologically sonido.
Infalliable Asuntos de doctrina de uno agente ejecutivo cuya selección ocurre en un sellado boardroom.
Adivino no fui plenamente despertar cuándo completé mis preparaciones tarde anoche.
Dónde hay mucha luz hay también mucha sombra.
El mundo es ningún vivero .
Si eres bien, serás asignado toda la obra.
Disponible mientras cantidades último.
Guerra mundial Tres puede ser evitado por adhesión a un vestido estrictamente aplicado código!
Schmendrick No giró su jefa.
Nuestro curso de formación cubre cada lenguaje de programación en existencia, y algunos aquello no es.
Restricciones de apagón aplican.
Algunos son muertos y algunos están viviendo, En mi vida les he querido todo.
El dios no toca dados.
El mal es aquello cuál cree de otros.
A veces eres en un bolso de dormir, acampando fuera.
Un Chihuahua no es un perro.
Cuándo una mujer casa, coge un boarder.
Somos ambos bastante prone a equivocaciones.
La luna puede ser más pequeña que Tierra, pero es más allá fuera.
Ser prudente cuándo unas salidas de bucle al mismo sitio de lado y fondo.
Vida en el estado de carácter es solitario, pobre, malo, brutish, y corto.
Y entonces, gusta, la Tierra explota y es gusta, un serio bummer.
Abolir el IRS.
No envuelve el cable alrededor de flourescent lastres ligeros o cyclotrons, por ejemplo.
Whodunit Los lectores son sólo Spillane folks.
Incluso ahora que estoy crecido?
Fue weehawken atrás.
Ganador no es todo, pero perdiendo no es cualquier cosa.
Lista cada cual comprueba por separado por número de banco.
Y es realmente obvio que es allí cuándo es allí.
Saludando las frecuencias abiertas, Capitán.
Las personas de prejuicios sienten sobre cada otro desaparecer cuándo cogen para saber cada cual otro.
Bastante amistad 'tis para rimar Vuestros amigos a muerte antes de su tiempo.
Y en aquella astrología es realmente bastante algo más.
Había energía, suavidad, gracia y risa.
Siempre lo puedes comer más tarde.
Bebo, cojo bebido, caigo.
Ningún hombre es una isla si es encima al menos uno mailing lista.
El otro es para gustarlo rationally.
Nunca vas anywhere sin vuestra alma.
Imbalance Del poder corrompe y el monopolio de poder corrompe absolutamente.
Atraerás personas cultivadas y artísticas a vuestra casa.
No importo discutiendo con yo.
Si rompe entonces coges para mantener ambas piezas.
Malgasta vuestro tiempo y molesta el cerdo.
Pero una idea no puede ser vista o sentía.
Entonces es que serás convocado para asomar el valor de juventud aventurera.
Te tienes nunca pidió qué es la raíz de dinero?
Esto impide electrón lesivo buildup en los cables.
Qué oradores carecen de a fondo hacen arriba en periodo.
Sólo serías tan intrépido!
También refiere a cajas negras electrónicas.
Chihuahuas Me conduzco loco.
Fui a mi madre y le dijo pretendí comenzar una vida diferente.
Los errores correspondientes aparecerán en el duplicados mientras el Jefe está leyéndolo.
Vuestra nariz era puntualmente pero eras quince minutos tarde.
Cuando entre simios, uno tiene que tocar el simio.
Personas quiénes no hacen ninguna equivocación no normalmente hacer cualquier cosa.
Si no, coge alguien para ayudar te levantas, lash tú a barra.
Los programadores reales no dibujan flowcharts.
Los vecinos pensaron que era relámpago en mi casa, así que llamaron el cops.
El agradecimiento y la traición son meramente las dos extremidades de la misma procesión.
El Gobierno sólo anunciado hoy la creación de la Bomba de Neutrón II.
Probaba no para mencionar retrocediendo.
Para tener muerto una vez es bastante.
Resultados de prueba extremadamente gratificaban obra, y chico, fuimos sorprendió!
En el camino fuera de la capilla, aun así, Harold era fatally atacado por relámpago.
Cogido una queja sobre el Servicio de Ingresos Interno?
El lunes mañanas estoy dedicado a la proposición que todos los hombres están creados jerks.
Un nivel nuevo de desintegración de software.
Y cogía Don Carlos todo mezclado arriba.
Y agua'd cielo con sus lágrimas En qué alas osan aspira?
El miedo es el agente vendedor más sumo .
La barbaridad y la belleza tienen conexiones cercanas.
Era el mejor I nunca tuvo.
Phasers Cerrado encima objetivo, Capitán.
El pascal corrido todo puesto para ir.
Pierde estas riñas.
Músicos viejos nunca dado, sólo descomponen.
Para te encontrar encima lo, te abre como ancho como el cielo.
Poseo Chicago.
Somos todos en el gutter, pero algunos de nosotros están mirando en las estrellas.
Valor de cosas que tiene vale engañar para.
La recursión es la raíz de computación desde entonces comercia descripción para tiempo.
Toda vida evoluciona por la supervivencia diferencial de replicating entidades.
Es los orgasmos perfectos que empiezan a te aguantaste?
El hombre es la medida de todas las cosas.
Tienes toda eternidad para ser cautelosa en cuándo eres muerto.
Buscas a escudo aquellos quieres y te gusta la función del proveedor.
Sello fuera de philately.
Es la cosa única para hacer con él.
La esperanza que muelles Muelles eternos bien arriba de vuestro detrás.
Pueden cobrar para oxígeno.
No verías gatos habiendo problemas de disposición de los residuos.
Qué BUENO es una maleta de CARTULINA EN TODO CASO?
Cuándo el matrimonio es Outlawed, Sólo Outlaws haber Inlaws.
Paga para ser obvio, especialmente si tienes una reputación para sutileza.
El dinero es veraz.
En cuatro sabemos todas las cuestiones, en dieciocho todas las respuestas.
A Sonidos les gustan nosotros tomó demasiado!
Utilizaron perros.
Esto es un sitio terrible .
Para ceder a su blandishments es tan fácil.
Una salamandra scurries a llama para ser destruida.
Lamonte Cranston Una vez contrató un sirviente chino nuevo.
Un homeowner es logra tendría que superar suyo coger, o qué es un fin de semana para?
Y suponerte era un miembro de Congreso.
Cada mañana un león despierta arriba.
No tienen ningún trabajo.
A veces incluso tengo problema haciendo lo.
Existo, por eso estoy pagado.
El usuario lo puede imaginar fuera.
Te dijiste te dijiste te dijiste era uno de aquellos.
Con este dato podemos computar la temperatura de Heaven.
Sólo para tú de gozarlo.
Los políticos son el mismo por todas partes.
La salvia vaga sin saber, Carices sin ver, Cumple sin suplente.
Nunca comprar de un agente vendedor rico.
Podemos no fathom sus pensamientos, así que todo es describir su aspecto.
Más fresco si comido antes de que cita encima cartón.
Una culebra lurks en la hierba.
Leído la huella fina.
Faith es bajo el pezón izquierdo.
Misery Ya no quiere empresa.
Las respuestas son eternally variable.
Como un cambio?
Ve Billy Graham.
Vitamina C deficiencia es apauling.
Ejemplos demasiado numerosos de mencionar del Roadrunner dibujos animados.
hay, de hecho, barrios enteros que está calificado sólo para personas rubias.
Puedes salvar tiempo por sencillamente enviando el dinero, si eres demasiado ocupado.
Así que como un almuerzo bueno y volver para empotrar.
El diablo puede citar Scripture para su propósito.
Los Dioses Grandes dicen que me pueden hacer un hombre!
No más, ningún menos.
Sé algunas personas están aterradas de la bomba.
Éramos jóvenes y nuestra felicidad nos deslumbré con su fuerza.
Todo el mundo reído en mí.
Esto es lejos, y sólo el vencejo lo logrará y es encantado.
La certeza única es que nada es seguro.
Todo el mundo sabe los tipos buenos perdieron.
Cada criatura ha dentro le el salvaje, uncontrollable impulso a punt.
Es necesario de tener propósito.
No bastante arena.
Cuándo restos de placer, queda un placer?
Atracción uno de estos caballos fuera del conjunto, de modo que tienes k caballos.
Ninguna mujer puede soportar un marido de juego, a no ser que es un ganador firme .
El trabajo es un juego .
Soy un bookaholic.
La tierra es un sitio de beta .
Tengo un estilo de vida todavía?
Utilicé para obrar en una fábrica de hidrante del fuego.
El control no es.
Es la ocupación de jefe de humanidad.
De hecho los inviernos son feroces.
Las desgracias llegan en alas y dejar a pie.
Están clasificados como Un pepino no es un vegetal pero una fruta.
Pero entonces otra vez, no nosotros todo?
Qué un Gal!
Su corazón es tan abierto como el éter.
Me GUSTA.
La mayoría de ellos dolidos sus pies.
Él quién sabe y sabe no que sabe es dormido.
Eddie Cantor goyish.
Eres farsighted, un bueno planner, un amante ardiente, y un amigo fiel.
Le tuvo arrestada para llevar una arma coagulada.
Si un fool persiste en su locura acaecerá sensato.
Cuándo cogía allí él no supo donde era.
La felicidad es el bien más sumo .
Moebius Siempre él en el mismo lado.
La vida es demasiado corta de embutir una seta.
Maíz stalks comedia, comedia stalks tragedia, y esto también es histórico.
Las universidades pueden ser para culpar.
El autodecrement no es mágico.
Coges spastic bastante preocupándose sobre qué está pasando ahora.
Realmente apreciar la ayuda en el impuesto sobre la renta.
Sencillamente existe, y haré cualquier lógicamente necesita ser hecho.
Yo lied sobre el upgrade, sin cryin'!
Es arriba contra una muro de ladrillo.
Suena mucho gustar ciencia, suena gusta astronomía.
Nadie puede ser tan agradable como un uninvited huésped.
Nunca ser temeroso de decir el mundial quién eres.
El punto es para elegirlo constructively.
El secreto de autostop sano es para comer junk comida.
El meek no lo quiere.
Un editor es uno quién separa el trigo del chaff e imprime el chaff.
La manera única de coger librada de una tentación es para ceder a él.
Puede coger todo el otros, pero no me cogerá.
Pero realmente me obré encima bien, era sólo gusta Jesse James.
Te viste.
La cosa única que experiencia teaches nos es que experiencia teaches nos nada.
Nada es ilegal si cien businessmen decide hacerlo.
Nunca es muy bueno a oneself.
La cosa buena sobre niveles es que hay tantos para escoger de.
Va a prisión.
Pero este tiempo, no es gracioso.
Mi horario es ya lleno.
Ser cauto de bebida fuerte.
El programa no es depurado hasta el último usuario es muerto.
Injusticia anywhere es una amenaza a justicia en todas partes.
El aprendizaje es la cosa única para ti.
Tal bien primer sueño!
Sale y decir una mentira que hará el entero familiar orgulloso de ti.
El corazón tiene sus razones qué razón sabe nada de.
El asesinato es mal.
Nosotros, gusta algunas personas, letras de necesidad de introducción a ti, o de ti?
Qué más induciría un espectador para sentar fuera en el abierto en subfreezing tiempo?
La obra expande para llenar el tiempo disponible.
El amor puede reír en locksmiths, pero tiene un respeto profundo para bolsos de dinero.
La Autopista de San Diego.
Un poeta quién lee su verso en público puede tener otros hábitos malos.
Clever de ti para pensar de él!
Uno cronometra en Kezar Estadio me dimos un abucheo de estar.
Su corazón era el vuestro del primer momento que te cumplió.
Todo cae más rápido que un anvil.
Ningún hombre es una isla , pero algunos de nosotros son penínsulas largas.
Probando definir tú es gusta probar para morder vuestros dientes propios.
Pienso más las personas llorarían para obtener un punto.
Ningún socorrista de turno.
Es muy vulgar de hablar como un dentista cuándo uno no es un dentista.
Ensuciando es mudo.
Es la edad de los ingenieros.
Quien el deseo de dioses para destruir primero llaman prometer.
Si tú hype lo y falla, entonces era sólo un hype.
Él draweth fuera del hilo de su verbosidad más fina que la grapa de su riña.
Si pro es el opuesto de con, qué es el opuesto de progreso?
El Jabberstock, con ropa de tweed, Vino waffling con la verdad demasiado bien, el chip Negro!
Dar vuestro niño bloques mentales para Navidad.
Adivino tendría que llamar AL PACINO!
Mira fácil hasta que lo pruebas.
Creo que las personas tendrían que casar de por vida, como palomos y católicos.
El usuario está complacido y hay armonía en el mundo.
Este segundo es el sistema más peligroso un hombre nunca diseños.
Tiene que husmear alrededor, adapta, considera, husmea alrededor, y adaptar otra vez.
Mientras el dinero no compra amor, pone tú en un sumo bargaining puesto.
Cuándo tienes un gobierno eficaz, tienes una dictadura.
Trespassers Será disparado.
Porque no pensamos sobre generaciones futuras, nunca nos olvidarán.
Aquellas novelas te harían retch.
Es bastante concebible que someday la suposición tendrá que ser rehusada.
Sólo quieren contar a dos.
Si dos injusticias no hacen un derechos, prueba tres.
Nunca es compatible.
Meekness Es uncommon paciencia en planear una venganza interesante.
El consejo bueno es uno de aquellos insultos que ought para ser perdonados.
Las leyes sumas están hechas arriba de acciones pequeñas.
La puerta es el tono .
Soy más mudo que cualquier humano y más listo que cualquier administrador.
Quiero mi nariz en luces!
El Conejo Blanco puesto en sus ojeras.
No es bastante que tendría que tener éxito.
Cada programa es una parte de algunos otro programa, y raramente acceso.
Si vendes diamantes, no puedes esperar tener muchos clientes.
Si no piensas sobre el futuro, no puedes tener uno.
En medio de la noche, Bessie nudged Eli.
Sabes aproximadamente siendo con alguien?
La experiencia es qué coges cuándo tú no cogió qué quisiste.
La realidad es nada pero un colectivo hunch.
Habla a la persona luego a ti en la línea de paro mañana.
Segundo baseman Steve Saxo era habiendo el problema que hace suyo echa.
En la sombra bajo la visera verde del tapón Ignatius J.
No enseñamos cómo para pensar.
También podría ser aparejado para hinchar siempre que el congresista propuso una ley.
Hace un billón de segundos Harry Truman era presidente .
Gritos de hombre solitario para amor y tiene ninguno.
Un día nuestras mentes acaecían tan poderosas osamos pensar de nosotros como dioses.
Nada aumenta vuestro golf marcador como testigos.
La vida es barata, pero los accesorios te pueden matar.
La lista de ingredientes no es en el puede.
Los sueños son gratis, pero hay un cargo pequeño para alteraciones.
Asumir una virtud, si lo tienes no.
Hay una mosca en vuestra nariz.
Esto hace seis patas, el cual es ciertamente un número extraño de patas para un caballo.
Eres en un maze de pequeño torciendo pasajes, todo igualmente.
La cosa única que me mantengo sane está hablando a mi zapato.
Siempre elegir en el modismo correcto.
Cumplirás una persona importante quién ayudará adelantas profesionalmente.
Estuve estirado encima para acelerar hoy.
Qué apto el pobre es para ser orgulloso.
A veces olvido.
La maravilla es la sensación de un filósofo, y la filosofía empieza en maravilla.
Recuerda la última vez fumar huido de vuestro regulador de voltaje del Lucas no deja obrar?
Qué es el atracando de un banco comparó al fundando de un banco?
Soy muy cariñoso de la empresa de señoras.
Una raza civilizada no podría haber encontrado tal truco en la Biblioteca!
Todo software está suministrado como es, sin garantía.
Eres la persona única a nunca coger este mensaje.
El sitio era Hartford, Connecticut.
Un es para Apple.
Un enano está pasando fuera a algún lugar en Detroit!
Espero no estás fingiendo para ser mal mientras en secreto siendo bueno.
Las experiencias y el crecimiento son grafted a nuestras vidas.
Cada amor es el amor antes de que En un duller vestido.
Fielding Me digo, carices de Carácter de la Madre encima y toca su pie y clics su lengua.
Tener que Mandelbrot coger todo el crédito para la salida de programas como MandelVroom?
Mayo vuestro TAN siempre saber cuándo necesitas un hug.
Esta tecnología tiene que ser qué impedido su distribución durante el reinado de mi mamá.
Una mujer lo que una mujer tuvo que, la manera mejor supo qué.
Uno de su windshield wipers está roto, y el carburetor las necesidades que ajustan.
Gusta nieve de invierno encima césped de verano, pasado de tiempo es tiempo ido.
Cumplieron, descubrió tuvieron la misma prometida, y le dijo.
Vienen e ir sin saber limitaciones.
Ningún pase aceptó para este compromiso.
Ves, eres sólo gustarme.
Dos injusticias no hacen un derechos, pero tres izquierdas hacen.
Es más fácil de correr abajo un cerro que arriba uno.
Pone no vuestra confianza en dinero, pero poner vuestro dinero en confianza.
Aguantando y nurturing, Creando pero no poseyendo, Dando sin exigente, Esto es armonía .
Uno no está cogiendo qué uno quiere, y el otro está cogiéndolo.
Quiero OREJAS!
Siempre que las personas prpersestán, siempre pienso tengo que ser incorrecto.
La mayoría de personas prefieren certeza a verdad.
El Tao de Programar flujos lejos fuera y regresos en el viento de mañana.
Aquí es el hecho de la semana, quizás incluso el hecho del mes.
Como niño estuve privado de regaliz.
Un disco de rodamiento reúne no MOS.
A veces un hombre dirá su bartender cosas nunca dirá su doctor.
Cuándo un hombre está cansado de Londres, está cansado de vida.
Ve tienda para detalles.
Es imposible de experimentar uno es muerte objetivamente y todavía llevar una tonada.
No entiendo.
Un diplomat es hombre quién siempre recuerda el cumpleaños de una mujer pero nunca su edad.
Carices futuros spotty.
Si no sabes qué juego estás tocando, no pide lo que el marcador es.
La política práctica consiste en ignorar hechos.
A err es humor.
Por encima de una parcela vacante.
Prueba vestir antes de que dejas la casa.
Poniendo límites nuevos encima productividad.
Even personas está cambiando.
Probar un steeplechase.
Si sentía más SOFISTICADO MORIRÍA de VERGÜENZA!
Limpio arriba de vuestro desorden propio.
Ahora todo el mundo está haciéndolo.
Mi ordenador puede batir arriba de vuestro ordenador.
La prueba de inteligente tinkering es para salvar todas las partes.
Norte justo de Tijuana un cop spotted su mano que engancha fuera de la maleta.
El abuso puede causar suffocation.
Nada en vuestro riesgo propio.
Las chicas casan para amor.
Yo nunca manos de sacudida con un jardinero.
Elevando daño de cerebro a una forma de arte.
Hay personas más muertas que vivientes, y sus números están aumentando.
Un incorrect el modelo puede ser una herramienta útil .
La unidad humana es el cumplimiento de diversidad.
No Ser ansioso sobre qué tienes, pero sobre qué eres.
Los alienígenas ilegales siempre han sido un problema en los Estados Unidos.
La genética explica por qué pareces vuestro padre, y si tú no, por qué tienes que.
Algunos de ellos están corriendo toneladas de ganja, Algunos están corriendo del IRS.
Toma todo en zancada.
Lo podemos girar encima su eje para gravedad.
Nunca vio que chica otra vez.
Casé debajo me.
El más pronto caes detrás, el más tiempo tienes que coger arriba.
Por qué no es allí un nombre especial para las copas de vuestros pies?
A veces el amor no es nada pero un malentendido entre dos fools.
Triste nunca significa habiendo vuestro decir para querer.
Sólo fue en demasiado mucho tiempo.
Años wrinkle la piel, pero para dar arriba entusiasmo wrinkles el alma.
Si no puedes ser bien, ser prudente.
Cómo allí puede ser un programa, aquello no tiene ningún fin?
El mundo quiere ser engañado.
Esto es uno del peculiarly meses peligrosos a speculate en stocks en.
Para empaquetar el tipo junto como estrechamente como el kernels en una oreja de maíz.
Medicina de explosión en todo caso!
Compra todo aquello mira bien.
Sólo Quiere para Comerles Roguies.
Ningún problema es tan grande lo no puede ser cabido en a algún lugar.
Entendiste tanto hoy.
Nunca dudas para abordar los problemas más difíciles.
Perdió una oportunidad invaluable de aguantar su lengua.
Inicio todos los días fuera con una sonrisa y cogerlo encima con.
El amor es el juego único que no es llamado en gracia a oscuridad.
La resistencia es vana.
Utilizando TSO es gusta chutar una ballena muerta abajo la playa.
Nunca retrasar el final de una reunión o el comienzo de una hora de cóctel.
De aquel pequeño, untutored chico.
Ahora es nuestro turno .
Mantiene manos y pies fuera de partes emotivas en todo momento.
En Alemania, bajo la ley, todo está prohibido, exceptúa aquello cuál es permitted.
Una manada de cebras!
Si las palabras de la carácter no duran Por qué tener que aquellos de hombre?
Si aquello es demasiado pronto, puedes dejar en un minuto y un huff.
Por ahora estuvo empapado a la piel.
Depuradores buenos, aun así, sabe que tiene que haber una razón.
Si construido en números sumos, los moteles serán utilizados para nada pero propósitos ilegales.
Labradores en el Iowa estudio Estatal desgloses de maquinaria valorada más estresandos que divorcio.
El conocimiento que nos hago cherish inocencia de marcas de la inocencia unattainable.
Un marido es qué queda del amante después del nervio ha sido extraído.
Y a través de Y yuppied sumo con codicia!
Para ser confiado en es un más sumo compliment que para ser querido.
Personas en cueros haber poco o ninguna influencia encima sociedad.
Para tratar él como entidad física, por tanto, es misapplication de nuestras destrezas de ingeniería.
El muy poderoso y el muy estúpido tiene una cosa en común.
Todo los precedentes malos empezaron medidas tan justificables.
Acaecerás rico y famoso a no ser que tú no.
Todo necesitas es oro.
Las mentiras de respuesta dentro del corazón de toda humanidad!
Quién enmarcaría alguien con una falsificación?
Inspiración de foco de pensamiento disciplinada más que blinkers lo.
Las ciudades contienen calles, los cuales son peligrosos y llenados y difíciles de aparcar en.
Si te quieres poner en el mapa, publicar vuestro mapa propio.
Oigo qué estás diciendo pero sólo no me preocupo.
Espacial está limitado.
Evita contacto con ojos.
La motor no lleva dinero efectivo.
Si un oyente saluda con la cabeza su jefa cuándo estás explicando vuestro programa, despertarle arriba.
El dios ha siempre se pareció a sus creadores.
Nunca te cometer!
El objetivo de ciencia es para buscar las explicaciones más sencillas de hechos complejos.
Es imperativo cuándo volando autocar que te restrain cualquier tendencia hacia el vivamente imaginativo.
Siento mejor sobre problemas mundiales ahora!
Civilizaremos y prpers alterar para adaptar nuestras ideas de qué podemos ser.
La felicidad es sólo una ilusión, llenado con tristeza y confusión.
Si puedes sobrevivir muerte, probablemente puedes sobrevivir cualquier cosa.
Reagan ha siempre exhibió un fey indiferencia hacia ciencia.
La carencia de capacidad es normalmente disfrazado por carencia de interés.
Pero encarcelas quienes loemplean en privado.
Cualquier cosa serás insignificante, pero es muy importante que tú él.
La lectura es a la mente qué ejercicio es al ente.
Unchecked Los niveles fluidos bajos pueden causar pobres paging actuación.
Nunca andas alrededor?
Llamada el diablo y vender mi alma, Pero Mama mantiene dem totalidad de átomos!
Cualquier cosa es, I griegos de miedo incluso cuándo traen regalos.
Pero como ves los árboles han ido fueron esta mañana con el alborear.
El Motor Analítico trama Algebraical patrones tan el Jacquard el telar trama flores y hojas.
Te dices soy también entusiasmó.
Tenemos la gripe.
Pero qué puede haces con él?
Naturalmente lo mosto.
Entonces subirá con su vida.
Si tengo que grito, pienso de mi vida de sexo.
Quién soy I?
Pone de las musas, es un dólar muy duro .
El otros son julio , enero, septiembre, abril, noviembre, mayo, Marcha, junio, diciembre, agosto, y febrero.
La historia se repite sólo si uno no escucha el primer tiempo.
Cuándo obra, trabaja duro.
Si el amor es la respuesta , podría tú rephrase la cuestión?
Pero staking le fuera en un anthill tendría que ser reservado para el muy wittiest.
La velocidad de cualquier cosa depende en el flujo de todo.
Una mujer sabe todo sobre sus niños.
Un día estuvo anunciado que el monje joven Kyogen había logrado un enlightened estado.
Nunca dejar vuestro automovilístico a cualquiera a quien te ha dado nacimiento.
Precios subject de cambiar sin aviso.
Sólo tuve mi VÍAS INTESTINAL entera coated con TEFLÓN!
Hay una costumbre vieja entre mis personas.
Estas chicas jóvenes no me dejarán ser, el señor tiene piedad encima me!
Seis meses más tarde, cuesta soared y los ingresos se desplomaron.
Los políticos tendrían que leer ficción de ciencia, no westerns e historias de detective.
La enfermedad es siempre una interacción entre ambos.
Mi vida es un patio de divertido!
Hoy utilizó whimsically para describir las consecuencias de un bogon ataque.
Un chico scout la tropa fue en una caminata.
Escribir un refrán sensato y vuestro nombre vivirán para siempre.
Si intentas complacer todo el mundo, a alguien no le lo va a gustar.
Si tú no las cosas que no es el valor que hace, quién ?
Quizás lo tendría que haber encontrado pleasanter si había sido capaz a decipher lo.
Ninguna casa nunca tendría que ser en cualquier cerro o encima cualquier cosa.
Ser seguro el ron es de la calidad más alta.
Satisfacción Guaranteed te enviaremos otra banda si falla.
Esto es el Minneapple.
Una vez a un tiempo allí era un reino gobernado por un oso sumo.
Un poco inaccuracy a veces salva toneladas de explicación.
La risa es la distancia más cercana entre dos personas.
no hay ninguna satisfacción en colgar un hombre que no objeta a él.
Necessity Tiene ninguna ley.
Puedes ser reemplazado por este ordenador.
Hace una cuneta de corte recta de un libre serpenteando riachuelo.
Los programadores reales pueden escribir código de asamblea en cualquier lengua.
Los impuestos no son levados para el beneficio del gravado.
Queremos crear títeres que atracción sus series propias.
Básicamente mi mujer era inmadura.
Quizás hay una torreta nueva, o algunas muro han movido.
Quizás has visto algunos de él.
Hay tres reglas para escribir una novela.
Vuestra peluca steers la actuación.
Eres qué comes.
Tom Bombadil, Tom Bombadillo!
Él quién da un paso encima otros para lograr la copa tiene saldo bueno.
Parálisis a través de análisis.
Preferimos las maneras de contacto pacífico.
tiene que haber más a vida que habiendo todo.
Porque hay un Bozo por otro lado.
Años del desarrollo Finalmente cogía uno para obrar.
Y a través de y Y burbled como vino!
Es la teoría qué decide qué puede ser observado.
Así que ordené french tostada en el renacimiento.
Miedo y aborreciendo, mi hombre, miedo y aborreciendo.
La red de ley está extendida tan ancha, Ningún pecador de su porra puede esconder.
Nunca niego, nunca contradigo.
La cosa única mejor que el amor es leche .
Con frecuente addenda Y considerar una carga de informes.
Seis meses más tarde, las ventas cayeron precipitously.
La vida es un campamento de concentración .
Utilicé para tener un problema de beber.
Nunca oído de un gato con una úlcera?
En cada trabajo que tiene que ser hecho, hay un elemento de divertido.
El estado es cuándo las llamadas de Presidente tú en para hablar un problema con él.
Es allí vida antes de que almuerzo?
Lavado vuestras manos antes de que comes.
no Me gustó el juego, pero lo vi debajo afecciones adversas.
A err es humano, para perdonar, allende el alcance del Sistema operativo.
Qué los científicos tienen en sus maletines está aterrando.
La vida es fraught con oportunidades de mantener vuestra boca cerró.
Los niños tendrían que ser vistos y no oídos.
Si el código y los comentarios discrepan, entonces ambos son probablemente mal.
Espacial es grande.
Un voto de paja sólo asoma qué manera los golpes de aire calientes.
Este programa de galleta de la fortuna fuera de orden.
Tachas mi cinta, y tacharé el vuestro.
Son cobardes quiénes no han cogido las tripas para morder personas ellos.
Porque está disparando luz, ves?
La riña cogía bastante fuerte, como varios jugadores alegaron que honor.
Cuándo eres a punto para dar arriba de la lucha, quiénes pueden te rindes a?
Serás casado dentro de un año.
Cada por qué hath un wherefore.
Porque los diarios están leídos también.
Otros te pueden parar temporalmente, sólo lo puedes hacer permanentemente.
Siempre puede ser utilizado como ejemplo malo.
Esta vida es una prueba .
Es divirtiendo?
A thine propio self ser cierto.
Para hacerlo aceptable, tuvimos que añadir whiskey.
Tienes correo.
Nada es rico pero el inexhaustible riqueza de carácter.
Él quién tiene pero cuatro y pasa cinco tiene ninguna necesidad para una cartera.
El minuto un hombre está convencido que está interesando, no es.
El concepto entero ha sido rehusado El tipo quién diseñó deja.
Si piensas que el problema es malo ahora, espera justa hasta que lo hemos solucionado.
Perdona y olvidar.
Naturalmente era ecstatic.
Qué un haul hice que día!
Afortunado es para quien el belle trabajos duros.
Un idealista es uno quién ayuda el otro amigo de hacer un beneficio.
Sólo el pesado faggots sabe.
Ve SYSNOTE mañana para más información.
La bioquímica es el estudio de compuestos de carbono que crawl.
Miguel Cervantes escribió Burro Hote.
Puesto vuestro pie mejor adelante.
La vida está dividida al horrible y el desgraciado.
Sombreando dentro de un garment puede ocurrir.
Tiene tocaste tantas personas que son todos empezando para sentir igual?
Comparando ingeniería de software a ingeniería clásica asume que el software tiene la capacidad de llevar fuera.
Un hombre tiene un poco más el problema que deja va.
Bien siempre destruirá mal.
Cuándo acaeces utilizado a nunca siendo sólo, te puedes considerar Americanized.
Pero aquello no es todo!
En los bosques de la noche, En qué furnace era thy cerebro?
Diez por ciento de nuestro VAXs está yendo para uso de UNIX.
Tienes que correr tan rápidamente como puedes sólo para quedarse donde eres.
Viga me arriba, Scotty!
Vuestra obligación única en cualquier lifetime es para ser cierto a tú.
Si no puedes leer esto, culpa un profesor.
Este récord está aguantado por Alcoente Prisión, Lisboa cercana en Portugal.
Huesos blandos Quién está llenado con la armonía es como un bebé.
Aquello aquello es es que aquello no es no es.
Cuando compró se quedan comprados.
Qué charla de personas de la barbaridad sobre matrimonios felices!
Ningún carácter, aun así íntegro, es un partido para constantemente reiteró ataques, aun así falsos.
Por qué es muchos científicos utilizando abogados para experimentos médicos en vez de ratas?
Es incumbente encima nos para evitar arcaísmos.
Nunca lo tuvo.
No realmente queremos incluir cualquier descargo de responsabilidad en absoluto, pero nuestros abogados insistieron.
La máquina comprendió una caja aproximadamente una plaza de pie con un bolso arriba.
En guerra no es hombres, pero el hombre quién cuenta.
Adivino sólo tendremos que encontrar alguien con un exceptionally ronda tuit.
Carrol Era sobre un barril Cuándo la tarántula tomó a los cerros.
Odio el pecado y querer el pecador.
Como mis padres, nunca he sido un miembro de iglesia regular o churchgoer.
No tengo que compartir mis recursos con cualquiera.
Y aquello es Destino ?
Ella scissored corto.
Básico es un nivel alto languish.
El arte es todo más.
El amor significa nada a un jugador de tenis.
Y entonces para empotrar!
Reclama no reformas sociales.
Leí el diario avidly.
Excepto Gran Bretaña.
Naturalmente puedes no solapa vuestras armas y mosca a la luna.
Y las cartas únicas están leídas.
Utilizo abrillantador de zapato a exceso.
Mayo nunca cumplen.
Hoy es el primer día del resto del desorden.
La vejez y la traición vencerán juventud y destreza.
Tienes no derecho de ser aquí.
Pero aquello no puede hacer el queue ayuno de movimiento.
Soy profundamente CONCERNIDO y quiero algo BUENO para ALMUERZO!
Si la felicidad es en vuestro destiny, necesitas no ser en una prisa.
Pero nadie cree que va a ser presidente anymore.
Todos mis amigos y yo son locos.
Busqué en todo el mundo, y pensé que fundaría amor cierto.
Si no ahora, cuando?
Eres habiendo diversión todavía?
Es a menudo más fácil de pedir forgiveness que para pedir permiso.
Somos qué somos.
Si qué han sido haciendo no ha solucionado el problema, decirles para hacer algo más.
El dios instruye el corazón, no por ideas, pero por dolores y contradicciones.
Los órdenes subject a aprobación.
Límite vuestro vocabulario a palabras sencillas.
Evita personas fuertes y agresivas, para son ventas reps.
Cuántos sacerdotes están necesitados para una Masa de Boston?
La sátira es qué cierra noche de sábado.
Si todo el mundo estiró que clase de truco subversivo, la economía colapsaría por la noche.
En el profundo y mar azul oscuro.
Cubicajes a lo largo de dirección de fuerza coger te abajo?
La ley federal prohíbe dispensar sin una receta.
Tampoco elige mi bolsillo ni rompe mi pata.
Plenamente clothed, podría añadir.
En el segundo piso, hay una planta de fabricación del vinilo.
Nunca sabrás hambre.
El el encanto de matrimonio es que hace una vida de engaño un neccessity.
El envase vendido por peso, no volumen.
Ningún spitting en el Autobús!
La paranoia no significa el mundo entero no es fuera para cogerte.
Sólo dar Alice algún lápiz y ella se quedarán ocupados para horas.
Las chicas son mejores mirando en snowstorms.
El futuro no es qué utilizó para ser.
En el segundo día de mi semestre de caída, me levanté.
Un prig es un amigo quién siempre está haciéndote un presente de sus opiniones.
Y no es mucho para pedir.
Complacer ir fuera.
Puede o no puede valer la pena, pero todavía tiene que ser hecho.
De hecho, no tienes un día afortunado este año.
Un flujo solo'r me envié, desde entonces cumplimos.
Flakey Y construido para quedarse aquella manera.
Ninguna moneda extranjera.
Pensé que mis personas crecerían cansados de matar.
Mejor muerto que dulce.
Cuándo ambos son en contra te, llamada los otros nombres de abogado.
Esto Es Uno de Everlasting Turmento!
Cuándo tienes que matar un hombre cuesta nada para ser educado.
Nuestros pensamientos, acciones y regreso de palabras a nosotros tarde o temprano con exactitud pasmosa.
Piensas que nos quiero para seguirle?
Autorizado y bonded.
Utilizaron betterment incentivos.
Los farmacéuticos piensan que son farmacéuticos físicos.
Yo no en público!
Película en once.
Algún tipo nombró Angel Martin sólo corrió arriba de un cincuenta buck tabulador de barra.
Qué pases para optimismo es más a menudo el efecto de un error intelectual.
Someday Me darás las gracias a para este.
Dando un beso un fumador es gusta lamer un cenicero.
Cuánto budista de zen toma para cambiar una bombilla?
No sé qué es aproximadamente.
A amor y fuera otra vez, Por ello fui y por ello voy.
hay un constante pitched batalla entre el dos.
Brigands Reclamará vuestro dinero o vuestra vida, pero una mujer reclamará ambos.
Envía fuera de vuestras diez copias hoy!
Siempre dejo las personas cogen al frente de mí en piscinas.
Obraba en un caso.
Su cabello era mucho tiempo y unkempt y su ropa era wrinkled y viejo.
Fain subo, aún así miedo I para caer.
A err es humano, a repent, divino, para persistir, devilish.
Es más racional de sacrificar una vida que seis.
Construyendo los traductores es diversión limpia buena .
La gestión no es responsable para pérdida o daño.
El Muelle de sonreír entra rejoicing, Y surly Invierno grimly moscas.
En el camino a su comida de jubilación, descubrió el programador dormido en su terminal.
Para ser un escéptico, en corto, es para rechazar para ser una víctima.
Si sospechas un hombre, no le emplea.
El equipamiento mejor para vuestra obra es, naturalmente, la mayoría de caro.
Todo los órdenes internacionales tienen que ser acompañados por pago en U.
Cualquier bug suficientemente adelantado es indistinguishable de una característica.
La violencia es el último refuge del incompetente.
Celebra Aníbal Día este año.
Pero antes de que cogemos a técnicas concretas, dejados cariz en cómo aplomando obras.
Cómo allí puede ser un upgrade, sin cryin'?
Echa fuera documentación y manuales, y los usuarios serán cien tiempos más felices.
Todo el mundo es en el escaño mejor.
El oxígeno es un gas muy tóxico y un fuego extremo hazard.
No puede ser combinado con otros descuentos.
La primera regla de inteligente tinkering es para salvar todas las partes.
Si quieres programa en C, programa en C.
Armamos nuestro lado con exactamente juego más sucio de ellos todo.
Vuelve encima curso y él otra vez.
La palabra del incidente propagó rápidamente a través de la región.
Sobre el plazo largo, la simbiosis es más útil que parasitismo.
No puedes juzgar un libro por cierto lleva su cabello.
Puede compras amistad?
Asume que el teorema es cierto para algún valor k.
Tienes una individualidad verdaderamente fuerte.
Chips de fregadero de bits sueltos.
Qué viejo eres?
Mis sentidos son idle.
Tomé una pistola en todas partes fui, incluso para empotrar.
Nombrado después del pequeño preslaughter los cubículos utilizaron por la industria de ganado.
Eres también libre de escribir barbaridad, o mentiras, o para desgarrar las páginas.
Nada hace una persona más productivo que el último minuto.
El amor está quedándose arriba toda la noche con un niño enfermo, o un adulto sano.
El valor es vuestra necesidad presente más suma .
El futuro es una raza entre educación y catástrofe.
Es que te?
Su nombre es Opinión Pública .
Dónde la cadena?
Algunos barajando puede ser necesario de conseguir consistencia apropiada.
Todo acaba mal.
Mi alcohol, libre de obrar sin un plan, sigue su instinto propio.
Duct La cinta es como la fuerza.
Qué bello, cómo entrancing eres, mi querido uno, hija de delicias!
Si tiene sintaxis, no es el usuario amistoso.
El más viejo I crece, el menos importante la coma acaece.
Él riles les para creer que percibes la web traman.
No estuvo en cartelera reelección.
Muchos más las personas podrían ser interesadas.
Sólo piensan son.
Intercambio error leído.
Y un reconocimiento de cómo costoso lo puede ser para fallar para hacer tan.
Qué soy I?
Por manera de explicación el Ministro de Justicia, Dr.
Ciencia cogía bastante problema con sus cerebros PROPIOS.
Él aquello es giddy piensa la ronda de turnos mundial.
Mi cerebro es mi segundo órgano favorito .
La diferencia entre nosotros no es muy lejos, navegando para burgers en el coche nuevo del papá.
Un programa, ningún asunto cómo complejo, tendría que obrar como unidad sola.
Quieren para cambiar cosas.
Una mujer ligera doth marca un marido pesado.
Si nunca has sido odiado por vuestro niño, nunca has sido un padre.
Mantiene fuera del sol.
Cualquier cosa dices!
No sé qué es todo aproximadamente.
Hierve para tres horas, pinchando asiduamente por todas partes.
Es violencia punctuated por reuniones de comité.
Tengo que pensar duro de nombrar un hombre interesante que no bebe.
Pienso que somos en problema.
Significo no realmente sé, sabes?
Tcl Tiende para coger ported a sitios extraños como routers.
Estás condenado de sickness, hambre, wretchedness, y querer.
Podría fácilmente overemphasize la importancia de gramática buena.
Me pregunto si tiene un lleno newsfeed?
Ser ambos un altavoz de palabras y un doer de acciones.
Sin hechos, la decisión no puede ser hecha lógicamente.
Nunca prueba meramente un subnet distribución cuándo la red entera puede ser hecha.
Consuelo frío para cambio?
El peor es enemigo del malo.
Si sólo uno podría coger que sensación maravillosa de accomplishment sin teniendo que cumplir cualquier cosa.
Cuál es correcto?
Respeto fe, pero la duda es qué te das una educación.
El Wright Molesta no fue el primer para volar.
Teme no alder negro!
Tengo una teoría que es imposible de probar cualquier cosa, pero no lo puedo probar.
Parecía el mundo estuvo dividido a personas buenas y malas.
Marca él yo?
La cuestión es, por qué es políticos tan ansiosos de ser presidente?
Crawl Para obrar.
Como con cosas más finas, el chocolate tiene su estación.
Como miran, agua, arena, caracoles y tal salidos de la bomba.
Una manzana cada ocho horas mantendrán tres doctores fuera.
Si tuviste herramientas mejores, podrías más eficazmente demostrar vuestra incompetencia total.
Cogía una casa llena y cuatro personas murieron.
El pecado tiene muchas herramientas, pero una mentira es el manejar cuál les cabe todo.
Quizás falto el gen para hacer enemigos.
Pedir cualquier profesor universitario.
Este efecto es común también entre ente que está girando o siendo throttled.
Látigo él toda la noche!
Tan obvio no lo podríamos ver.
El opuesto de hablar está esperando.
Las maneras son justas a sus pies de vagar, Y los cielos son sunlit para él.
Pero alguien gana la lotería, y haciendo una lengua al menos teaches te algo.
Parece no soy sólo en ser sólo.
Para personas seguras, después de que cincuenta, litigation toma el sitio de sexo.
Es, naturalmente, escrito en Perl.
Lavish Pasando puede ser desastroso.
Con preocuparse leído la primera palabra de cada línea.
La imaginación es el arma en la guerra en contra realidad.
Complacer registro fuera.
Las personas tendrían que pensar.
Lo mantiene corto para pithy sake.
Robar este tagline.
Si el embarazo era un libro cortarían los últimos dos capítulos.
Qué das un hombre quién tiene todo?
El hombre moderno es el enlace desaparecido entre simios y seres humanos.
Humpty Dumpty Sentado en la muro, Humpty Dumpty tuvo una caída suma!
Nunca sabes qué incongruencia van a coger tú en próximo.
Y cuándo eres en el lam me gusto, aprecias una taza buena de café.
Pidió cuánto tiempo lo tuvo sido aquella manera.
El conocimiento es poder .
Prefiero el más unjust paz a la mayoría de righteous guerra.
Es lejos mejor de ser engañado que para ser undeceived por aquellos queremos.
Ahora es el tiempo para todos hombres buenos para venir a.
Cómo va el buscar Señor
El instinto de manada entre economistas hace la oveja parece pensadores independientes.
La vida es sólo un bol de cerezas, pero por qué siempre cojo las fosas?
Un hombre está sabido por la empresa organiza.
La mañana siguiente, la señora recibió una orquídea magnífica de su huésped de honor.
Evidentemente no sabes la diferencia entre valor y foolhardiness.
Sólo es su bombilla cuándo está hecho.
Heed ningún hoary sauce!
Una raza civilizada podría no haber stooped tan abajo!
Separando es tal dulce sorrow.
No puedes decir la verdad porque todo dices es una mentira.
Me he acaecido sin mi consentimiento.
Cogiendo el trabajo hecho es ninguna excusa para no siguiendo las reglas.
La oración de serenidad aplica aquí.
Te deseas los humanos me dejarían sólo.
Si el tiempo se cura todas las heridas, por qué las estancias de botón del vientre igual?
Me pregunto si hay cualquier cosa BUENO encima esta noche?
Me paro, antes de que mato otra vez!
Pienso que los castores obran demasiado duros.
Finalmente lo podría estar ya no.
Y los paseos de cinta crumble en un instante.
Power tiende para corromper, el poder absoluto corrompe absolutamente.
El restante tres folios son ahora en el Museo británico.
O imitators, tú slavish manada!
Las cuestiones quedan igual.
Yo nunca matado un hombre que no lo mereció.
Un infallible método de conciliar un tigre es para dejar oneself para ser devorado.
Estoy dicho que aparece para ser fuerte y sonrosado, y firmemente sane.
Cuánto pagas para él?
Darás un paso en la tierra de noche de muchos países.
Tienes que no tiene que paga para vuestro amor con vuestros huesos y vuestra carne.
Las emociones son alienígena a mí.
Es ahora oscuridad de tono.
Les gustan sus consuelos.
Ray Charles es judío.
Tomaría diez meses, tres más del horario dejó.
El matrimonio es gusta twirling una batuta, girando handsprings, o comiendo con chopstick.
Poseemos qué aprendimos atrás allí.
Rechazo tener una batalla de ingenios con una persona desarmada.
Cavó fuera del mapa de flujo Y los desconocidos comentarían, Desertado, sólo.
Base de marca de cosas pequeña los hombres orgullosos.
No tiene un cinco.
Diez personas quiénes hablan marca más ruido que diez mil quiénes son silenciosos.
Me hago avergonzado para caer.
Si la vida te das limones, limonada de marca.
La ciencia es a informática como hydrodynamics es a aplomar.
Contemptuous Las luces centellearon a través de la consola del ordenador.
Ever maravilla si los impuestos sin representación podrían haber sido más baratos?
Serás auditado por el Servicio de Ingresos Interno.
Siento junto hoy!
Cualquier animal introduciendo en el negocio Policial será considerado para ser un wombat.
Cuánto de su influencia encima es un resultado de vuestra influencia encima les?
Si era malo, estará de vuelta.
El nuestro es un mundo de gigantes nucleares y niños éticos.
Añade bablespoon de marrón gugar, o cualquier color tienes.
Laboratorio de Radiación del Lawrence mantiene todo su dato en un tronco gris viejo.
Tienes que ser presente de ganar.
Boca abajo, nueve borde primero.
Impide fuegos de bosque.
La Manera es shaped por uso, Pero entonces la forma está perdida.
Punto de asistencia de sistema completo.
Los aviones están interesando juguetes pero de ningún valor militar.
Si te dijiste tuviste un ente bello, lo aguantas en contra me?
Sólo tengo un dólar.
Sin fools no habría ninguna cordura.
Complejo nonsolutions a sencillo nonproblems.
Dejado la máquina la obra sucia.
Todo tiene que hacer para ser hissed es para vivir mucho tiempo bastante.
El COCHE de función ahora regresa dos valores.
También otro importante decidiendo el factor es disponibilidad de código de fuente.
Hay dos problemas con una resaca importante.
Muriendo es fácil.
Banda sonora en XTC Récords.
Todos los silogismos tienen tres partes, por eso esto no es un silogismo.
Cualquier parecido a personas reales, viviendo o muertos, es puramente coincidente.
Un señor es un hombre quién no pegaría una señora con su sombrero encima.
Podemos pronosticar todo, excepto el futuro.
Vuestro modo de vida será cambiado para el mejor debido a bueno noticioso pronto.
La historia se repite.
Weiner Era, de hecho, muy ausente importó.
Él quién se sabe es enlightened.
Un general dirigiendo el Ministerio de asuntos exteriores se parece a un dragón que manda patos.
El dinero no puede comprar felicidad, pero te puede hacer mucho cómodo mientras estás siendo desgraciado.
Dónde vas para coger anorexia?
No recomendado para niños debajo ocho años de edad.
Las mujeres nostratan tan la humanidad trata sus dioses.
Utilicé para ser repugnado, ahora encuentro soy sólo divirtió.
No es justo que algunos hombres tendrían que ser más felices que otros.
Honi soit la vache qui rit.
Y llenó cuatro profundo al raíl.
Si la entropía está aumentando, dónde es proviniendo?
Cada diario en América tiene una columna de astrología diaria.
Otro quien adoramos cuándo toca el piano giró las páginas.
La mayoría del estúpido es invencible y guaranteed para todo tiempo.
Cuando en duda, seguir vuestro corazón.
El genio es el talento de una persona quién es muerto.
hay no vista más triste que un pesimista joven.
Tengo más puntos de golpe que te puede posible imagina.
Una criatura es Dios opinión que el mundo tendría que ir en.
No acaeces un fallo hasta que estás satisfecho con ser un.
Cuándo el amor está ido, allí ha siempre justicia.
Nunca voluntario para cualquier cosa.
Tú o yo tenéis que ceder arriba de su vida a Ahrimanes.
Cuándo el yendo coge duro, el duro ir grab una cerveza.
Sentía el conjunto de reglas otros vividos por me llevé.
Es la fuente de todos los programas.
Dejado nos, entonces, ciudadanos amigos, une con un corazón y una mente.
Si un niño te molestas, tranquilo le por cepillar su cabello.
Si es martes , esto tiene que ser alguien más fortuna.
Generalmente elige el tiempo incorrecto para hablar y dice las cosas incorrectas.
Digo ya, el juego nunca me estuve de acuerdo con.
Las bocas de algunas personas obran más rápidas que sus cerebros.
no Me gusta el holandés.
Subject de cambiar sin aviso.
La imaginación es más importante que conocimiento.
Todo los descubrimientos sumos están hechos por equivocación.
Malgastando el tiempo es una parte importante de viviente.
Programadores de ordenador nunca dado, sólo cogen perdidos en la tramitación.
Él quién tiene imaginación sin aprender tiene alas pero ningún pie.
Es mejor de tener querido y perdido que sólo para tener perdido.
Un algoritmo tiene que ser visto para ser creído.
Los cumpleaños son como autobuses, nunca el número quieres.
Para quedarse joven requiere unceasing cultivation de la capacidad a unlearn viejo falsehoods.
Vamos para ver, no para ser visto.
Quiero tú más de cualquier cosa en este mundo.
Ninguno fragmentos de frase.
Siempre hacer qué eres más en, aquello es qué I dice.
Abierto segundo quart como necesario.
Eres tan soy contigo.
Vuestro código tendría que ser más eficaz!
había una vez un programador quién obró a microprocesadores.
No puedes tocar vuestros amigos como marcas, niño.
Pide alguien algo.
Von Neumann era el tema de muchos dotty historias de profesor.
Pluck Una rosa en nombre de amor, Y mirar el rizo de pétalos y wilt.
Vacío qué es lleno.
Al programa es para ser.
Inspiración sin perspiration es normalmente sterile.
Complacer quedar tranquilo, es ningún uso ambos de nosotros siendo hysterical al mismo tiempo.
Saben cómo para relajar.
Aquella locura de mentiras de la manera.
La persona rehusaste ayer te podría hacer feliz, si dices sí.
No soy seguro si me acepto.
No entenderías.
Es una persona quién sopla arriba de bancos un econoclast?
Desaparece al sol!
En último he encontrado la chica de mis sueños.
Cuándo el yendo coge duro, todo el mundo deja.
Así que qué si no atendí la Real Academia para doce años?
Hacer tan digo, no tan hago.
Uno turno bueno asketh otro.
Creo que profesional wrestling es limpio y todo más en el mundo está fijado.
no Me gusta FRANK SINATRA o sus NIÑOS.
Por qué llaman un rápidos un rápidos, cuándo va tan lento?
Puedo no incluso entender las personas quiénes lo pueden entender.
Pero burlaré aquellos sucio skunks Y escribir una marca poema nuevo 'Troncos' llamados.
Tengo un sueño.
Nunca decir una mentira a no ser que es absolutamente conveniente.
Vuestro novio toma chocolate de desconocidos.
Me gusta vuestro juego pero tenemos que cambiar las reglas.
Conscience Es la voz interior que nos advierto alguien puede ser mirar.
Una visita a un sitio extraño traerá obra fresca.
Strive Para proportionality.
Es un padre sensato que sabe su niño propio.
Cuándo la ventaja ciega el ciego ellos ambas caída sobre el acantilado.
Cuándo vuestra memoria va, olvidarlo!
Perl Siempre proporcionará el null.
Por qué tantas comidas vienen packaged en plásticos?
Bueno noticioso de lejos te puede traer un visitante bienvenido.
Hedores de violencia, ningún asunto qué fin de él eres encima.
Los matemáticos piensan que son metamathematicians.
Cassandra no cogió a medias el chutando alrededor mereció.
Aquello sería deshonesto.
Para vivir es siempre deseable.
Entonces la pubertad atacó.
Me molesto.
No estampa.
Si sólo Dionysus era vivo!
Son realmente amargos?
En verdad, hay átomos y un void.
Haciendo el mundial seguro para competir sistemas de ventana.
La monogamia es la costumbre Occidental de una mujer y difícilmente muy mistresses.
Vuestra carácter buena te traerá unbounded felicidad.
Cantar una canción llena de la esperanza que el presente nos ha comprado.
Los resultados varían por individuales.
Sus errores son volitional y es los portales de descubrimiento.
Come primero, moral después de que.
Incluso el mejor de los amigos no pueden atender cada cual otro es funeral.
Programadores de sistemas son los sacerdotes altos de un culto bajo.
Es mejor a nunca ha probado cualquier cosa que para tener probado algo y falló.
El soldado vino golpear a la puerta de la reina.
Por qué es esto?
Las vistas expresaron no puede ser aquellos del patrocinador.
También lo podría haber puesto abajo el desagüe.
Pero buscar la carretera qué muerte de marcas un cumplimiento.
El Universo está poblado por cosas estables.
Sé mejor.
El monoteísmo es un regalo de los dioses.
No le confío en.
Pensé que fuiste.
Somos anthill hombres a un anthill mundo.
Todo arte es pero imitación de carácter.
Brisk talkers Es normalmente pensadores lentos.
Nada en vida es tan exhilarating como para ser disparado en sin resultado.
Diseño por contraejemplo.
Robando un rinoceronte no tendría que ser intentado ligeramente.
No vamos a llamar otra vez!
Todos los programas sencillos han sido escritos.
Un hombre puede ser tanto de todo que es nada de cualquier cosa.
Cada vez pienso que sé donde es en, lo mueven.
Claramente recuerdo olvidar que.
Nunca preguntarse por qué motores de fuego son rojos?
Por la noche las comadrejas de hielo venidas.
Serás ambulante y viniendo a una fortuna.
Mis opiniones pueden haber cambiado, pero no el hecho que soy bien.
Tiene un día adecuado.
A err es humano, A purr felino.
Pero lo podemos parar.
Oblivion Junto no me asusta, amado.
Una vez más acción de pavor está hecha.
Después de que que te puede ser vuestro malo viejo self otra vez.
Me traigo mis flechas de deseo!
Hay dos maneras de construir un diseño de software.
Todo el mundo sabe que los dados están cargados.
Nadie me disparé.
Un disgrace te puede ser orgulloso de.
Él quién sabe no y sabe que sabe no es ignorante.
La ayuda de productividad más suma desde typhoid.
Encontré que el Rubiks el cubo y El Linux son igualmente.
No puedes ver la madera para los árboles.
La lista era actual en tiempo de imprimir.
No quiero un pepinillo, sólo quiero paseo en mi motorsickle.
Cualquier hombre quién odia los perros y las criaturas no pueden ser todo malos.
Es mejor nunca para tener nacido.
Un handful de la paciencia vale más de un bushel de cerebros.
Pero reloj para informes más lejanos.
Uno coge a veces tal centellear de idea.
Ningún animal estuvo herido.
Métete en tus asuntos, Spock.
no hay ningún sustituto para maneras buenas, exceptúa, quizás, rápidamente reflexes.
El hombre pertenece wherever quiere ir.
La literatura es mayoritariamente aproximadamente teniendo sexo y no mucho aproximadamente teniendo niños.
Dejado me no al matrimonio de mentes ciertas Admite impedimentos.
Ninguno dos personas nunca leídas el mismo libro.
Tolva de Murray de la Grace ha firsthand explicación.
Un Vulcan apenas puede ser desleal que puede existir sin respirar.
En su jefa corrió a través de sus explicaciones estándares.
El trabajo compartido es más llevadero.
Creatividad en viviente no es sin sus dificultades de encargado, para desacato de razas de la peculiaridad.
Si nosotros todos obran juntos, totalmente podemos interrumpir el sistema.
No para reír, no a lament, no para maldecir, pero para entender.
No busca fortuna, para es completo dentro él.
No soy un político y mis otros hábitos son también bien.
La tumba es un sitio fino y privado , pero ninguno, pienso, allí abrazo.
Anoche el poder salió.
Revolución Cuándo las personas tienen nada más para perder, Entonces la revolución resultará.
Les veo viniendo, I lento abajo, miro silenciosamente.
Quien el loco destruiría, primero hacen Dioses.
Tenemos que morir porque les hemos conocido.
No puede ser condonado.
Críticos de esta reclamación de cerveza que es sólo significado para mirar televisión en todo caso.
Esta tierra es llena de pantalones!
Olímpico wrestling equipo.
Las tierras de arca después de La Inundación.
El cielo es azul así que sabemos dónde para parar mowing.
La teoría es gris, pero el árbol dorado de vida es verde.
Está asombrando qué completo es el delusion que la belleza es bondad .
La luz de cien estrellas no iguales la luz de la luna.
Libra para libra, la ameba es el animal más vicioso encima tierra.
Uno es para desagradarlo.
Resbalamos fuera de todo vuestro armados poder, riendo en vuestra torpeza!
El juego consta de cualquier cosa un ente no es obligado para hacer.
Si sabes la respuesta a una cuestión, no pide.
Ingenieros de software real no depuran programas, verifican correctness.
Contraerás una enfermedad rara.
Siempre tendrás suerte buena en vuestros asuntos personales.
En especificaciones, la ley de Murphy supersedes el ohmio es.
Las palabras vuelan fuera, las escrituras quedan.
Atrás para recular, afrontaron cada cual otro, Drew sus espadas y disparó cada cual otro.
Su orgullo infantil a menudo complace Por dar personas enfermedades extrañas.
Duckies Es divertido!
Honk Si eres en contra contaminación de ruido!
Excepto su final.
Esta analogía está significada a caso.
Hoja dorada después de que Caídas de hoja de la acacia alta.
Como a por qué él entonces parado hay dos opiniones.
Un alcohólico es alguien no te gustar quién bebe tanto como haces.
Por protracting vida, nosotros no deduct uno jot de la duración de muerte.
Si Machiavelli era un hacker, habría obrado para el CSSG.
El universo está hecho de historias, no de átomos.
La orquesta mantiene cambiar tempo.
Una vez el daño ha sido hecho, incluso un fool lo entiende.
Como frío como la nieve de invierno amarga que caía exterior.
La virtud no es dejada para estar sólo.
Controlado por la Asociación Humana americana.
Creo todo positivamente hedores.
Lo conozco todo.
Todo especie inteligente gatos propios.
Punning Es el vicio peor, y hay ningún viceversa.
Creando software de ordenador es siempre una atención exigente y laboriosa para detallar.
Un hombre siempre necesita recordar una cosa sobre una mujer bella.
Un concepto nuevo en abuser interfaces.
Qué es la diferencia entre temible y temeroso?
Pero es que demasiado alto un precio para pagar para paz mundial?
Tienda en un sitio fresco.
Demasiado de una cosa buena es MARAVILLOSA.
Es la calidad más que la cantidad que asuntos.
Patrick era un señor quién a través de estrategia y sigilo condujo todas las culebras de Irlanda.
Cualquier cosa ocurre del amor es siempre allende bueno y mal.
Girando la curva agitó su mano.
Un par casado joven tuvo su primer niño.
Puedes crear vuestras oportunidades propias esta semana.
Pueden asomar snuff películas.
Un exitoso compila puede ser denominado MAXIMALLY AWESOME!
La tierra es como un grano minúsculo de arena, sólo mucho, mucho más pesado.
Si no sobrevivimos, nosotros no cualquier cosa más.
No overtax vuestros poderes.
Osa ríe su obra para ver?
Él aquello teaches él tiene un fool para un maestro.
No válido con otras ofertas o specials.
Como para albergar mantenimiento, implica problema solfing?
Qué una COINCIDENCIA!
Entonces aquí es a la Ciudad de Boston, La ciudad de los gritos y el gime.
Me quedé arriba toda la noche tocando póquer con tarot cartas.
La diferencia entre genios y estupidez es que el genio tiene sus límites.
Con qué compilador?
Fortuna y querer befriend la negrita.
Elegante dando dinero al Gobierno!
Llamé mis padres la otra noche, pero olvidé la diferencia de tiempo.
Y que serás tan feliz de hacer, Porque serás mi POSSLQ.
Wall Street insiders, aun así, dice bastante una historia diferente.
Padeces iluminación dolorosa?
Entonces persisto, darkly brooding En el veneno son exuding.
Puedo leer vuestra mente, y tendrías que ser avergonzado de tú.
El software generalmente no degrada, abrade, tramo, giro, o ablate.
Alguien siempre esperando a alguien quién nunca viene casa.
Mi futuro ahora cuelga en entre eigenstates.
Nunca mira arriba cuándo los dragones vuelan elevados.
No les quiero para celebrar sólo.
Muchas culebras pequeñas, todo el mundo es feliz.
La cantidad de peso un evangelista lleva con el todopoderoso está medido en billigrahams.
No es aceptable de disparar primero.
Los humanos expuestos a las concentraciones de oxígeno mueren dentro unos cuantos minutos.
La verdad en cueros de él es, no tengo ninguna camisa.
Deja no las arenas de cronometrar entrar vuestra comida.
Pero porque combina todo de estas cosas, las personas lopiensan uno de los dioses!
Ahora que tendría que ser un tiempo suficientemente largo para astrologers para probar su caso.
Olió gusta café.
Esto es claramente otro caso de demasiados científicos locos, y no bastante hunchbacks.
Mantiene fuera de fuego o llama.
Quién goza su trabajo hoy?
Esto es fácil.
Oye sobre el terrorista californiano que probado para soplar arriba de un autobús?
Encontré una pila de ellos encima en la esquina.
Desiste de enumerar vuestra ave con anterioridad a su aparición de la concha.
La amistad necesita un paralelismo seguro de vida, una comunidad de pensó, una rivalidad de objetivo.
Te sugieres sólo sentar allí y vida de caja de la espera coge más fácil.
Puede ves vuestro cuello?
Utilizamos para salir y protesta.
Esto es un hecho .
Según mi mejor recollection, no recuerdo.
Exclusivo Nadie más tiene documentación.
Ves, hay, y allí ha Ma, y hay nuestro hijo Billy.
Complacer decir que no eres loco en mí Mi regreso de impuesto es tarde.
El trabajo duro nunca matado cualquiera, pero por qué tomar una casualidad?
Come bien, la estancia cabida, y dado en todo caso.
Sólo no toca cualquier cosa.
Para propósitos de humor es popularmente llamó un tronco.
Algunos lenguajes de programación dirigen absorber cambio, pero withstand progreso.
No puedes decir esto?
Celebra una fiesta hoy!
Esto está supuesto para ser educativo.
Si un 'canal de tren' es donde unas parones de tren, qué es un 'workstation'?
No todo el valor que hace vale hacer bien.
Si te realmente cuidado sobre la persona, tú qué es necesario, o aquello es el fin .
Tener que yo mi BOBBIE VINTON medley?
Casi nunca he sabido un matemático quién era capaz de razonar.
Coto el viejo, pero saber el nuevo.
Hay sitios recordaré Toda mi vida aunque algunos han cambiado.
Nuestra obra cierta es este viaje , esta aventura.
Qué hacerte poder de esta máquina?
En Devon, Connecticut, es unlawful para caminar de espaldas después de que ocaso.
Siempre hace seguro followups va a todos los grupos.
Si esto es timesharing, darme mi acción ahora mismo.
Perl Es afortunadamente feo, y afortunadamente derivado.
Todo el mundo es más o menos loco encima uno señala.
Bargewater De Lawrence, Kan.
Un hombre puede ser feliz con cualquier mujer siempre y cuando no le quiere.
Sólo una vez, deseo encontraríamos un alienígena menace aquello no fue inmune a balas.
Tú los humanos son todos igualmente.
Por otro lado personas mi edad es tanto más viejo que soy.
Pensarás de algo más gracioso que esto para añadir a las fortunas.
Cuándo estos movimientos de pájaro a través de la tierra, trae un mensaje de Sede Corporativa.
En el anterior podemos excel.
Esperanza mejor coges qué quieres antes de que paras querer lo.
Cuánto tiempo es el plátano?
Gracias, El Mgt.
Utilizaron finks.
El control es en el correo.
La función única de económico forecasting es para hacer cariz de astrología respetable.
Esta canción puede ser atenuar, pero es ciertamente limpio.
El hombre quién sigue la multitud normalmente cogerá ningún más lejano que la multitud.
Cumplí mi amigo de chica más tardío en una tienda de departamento.
Introducir vuestro dato claramente pero siempre encriptar vuestros resultados.
La vida es una serie de grosero awakenings.
Cuándo era sólo pequeña.
Bien si no es gordo apestando Chico de Billy del macho cabrío en veneno!
Techical Las soluciones no son un asunto de votar.
Dejado el corro de tiempo bueno.
Y entonces me luché.
Los secretos militares son el más fugaces de todo.
Ningún problema es insoluble.
El párpado enganchó encima bote de galleta.
I nació sneering.
No veo por qué tengo que tiene que creer en él en este un.
Por qué es los programadores que dimiten uno por uno?
Pienso que vi Dios.
Como queda en su una puesto, todo las otras estrellas lorodean.
Esta fortuna es inoperative.
Repent Y regresar aquellos libros de biblioteca!
Éramos tan pobres no podríamos proporcionar un vigilante.
Factorials Era alguien es intento de hacer CARIZ de matemática que entusiasma.
Podrías atacar chispas anywhere.
Tengo que seguir las personas.
Esta generación no tiene equipaje emocional.
Aquí Es Vuestra Casualidad de Saber Más Aproximadamente Sexo.
Padeces recriminación dolorosa?
La cosa única aprendemos de la historia es que no aprendemos.
El pesimista es temeroso esto podría ser cierto.
Perderás una lima de cinta importante.
Tiempo para tomar accionario.
Pasas para ser humano.
No puedes tener todo.
Para ser un hombre es para padecer para otros.
Si al principio no tienes éxito, redefine éxito.
Qué deseamos, que fácilmente creemos.
Está descendida de una línea larga que su madre escuchó a.
Las personas tienden para hacer reglas para otros y excepciones para ellos.
La verdad es dura de encontrar y más dura de ocultar.
Los hombres armados rodearon el jet.
Quiero traición pero odiar un traitor.
Hacer las mujeres Nativas Viven Con Simios?
La felicidad no es habiendo qué quieres, está queriendo qué tienes.
Es esto qué el dios vino a ser?
Todos los hombres profess honradez mientras pueden.
Si crees que que el pez es pacífico Aquello es un deseo vacío .
Tiene que haber sido alta porque era en el tercer piso.
También sirven quién sólo estand y espera.
No lo puedes perder.
Todo el mundo necesita un sitio para descansar, Todo el mundo quiere tener una casa.
Nunca en la historia de guerra tiene tan pocos ser dirigidos por tantos.
Subes para lograr la cumbre, pero una vez allí, descubre que todas las carreteras dirigen abajo.
Aprende de las equivocaciones de otras personas, no tienes tiempo para hacer vuestro propio.
O un SCIENTOLOGIST!
Finality Es muerte.
Necesito cobertura de baño total.
Es algunos amables de vino tienes con almuerzo?
Kilroe hic erat!
Si soy en empotrar cada noche por diez, puedo volver mis carices otra vez.
Filmado antes de una audiencia viva.
Estoy buscando un hombre sincero.
Quizás esta hechicería moderna especialmente atrae quienes creen en hada y finales felices madrinas.
Lo tuve que coger disconnected.
Qué puede hace para mí?
Te gustan formar las amistades nuevas y hacer nuevo acquaintances.
Para unas vidas de corazón ligeras mucho tiempo.
La belleza y la armonía son tan necesarias a ti como el muy respiro de vida.
De sobra cuerda.
Simplicidad de diseño La empresa no nos daría cualquier dinero.
Si no obra, es física .
Para enseñar es para aprender dos veces.
Si puedo tener honradez, es más fácil de pasar por alto equivocaciones.
Qué clase de amor es aquello?
Dejado thy atavío ser atractivo, pero no costoso.
La última cosa necesitas.
Puedes no fool me.
Para comunicar es el comienzo de comprensivo.
El hombre enojado siempre piensa puede hacer más de puede.
Cuándo las mujeres prpersdan siempre acuerda uno de luchadores de premio que sacuden manos.
Vuestra responsabilidad como el padre no es tan sumo como podrías imaginar.
Sale, te viejo Wight!
La conquista es fácil.
Él quién teme el desconocido poder un día huye de su trasero propio.
Tampoco Iles.
Soy la madre de todas las cosas, y todas las cosas tendrían que llevar un suéter.
No corta switchbacks.
Serás subpoenaed.
Hablas de valor.
Un hombre empezará por grabbing la cereza en el centro.
Nunca intentar explicar ordenadores a un layman.
La fertilidad es hereditaria.
Mayo tengo vuestro número de teléfono?
Algún equipamiento asomado es opcional.
el Comodín y el Riddler tener la última risa?
No merezco este premio, pero tengo la artritis y yo no merecen que cualquiera.
Pero el hombre olvida realidad y recuerda palabras.
No es más a caballos de intercambio mientras cruzando el río.
El familiar que slays las estancias juntas juntas.
Si tú no él ahora, te odiarás por la mañana.
Nadie puede hacer sientes inferior sin vuestro consentimiento.
Algunos quedan tan.
El más cambio de cosas, el más nunca serán el mismo otra vez.
Qué si todo es una ilusión y nada existe?
Hay una persona secreta undamaged dentro de cada personaje.
Podría pasar a ti.
Sólo puedes vivir una vez, pero si tú él bien, una vez es bastante.
Planeta Claire tiene cabello rosa.
La entrada perdida paga tasa máxima.
La cosa principal es para utilizarlo bien.
Nunca decir personas cómo para hacer cosas.
Unix estuvo escrito en nuestras máquinas y para nuestras máquinas hace muchos años.
Ningún esfuerzo sumo era nunca compró.
Si no probó malo, no sería bueno para ti.
Si no soy allí conozco no soy muerto.
Cada controles de culto en desacato los rituales y las leyes del otro.
Los circuitos digitales están hechos de partes analógicas.
Pienso que es una característica nueva.
Esto supersedes todos los avisos anteriores.
Cuándo la reunión de logia rompió arriba, Meyer confided a un amigo.
O Luz a nosotros aquello vaga aquí Entre el mundo de árboles tramados!
Tienes cincuenta.
Si tienes que pedir qué jazz es, nunca sabrás.
Sencillamente sé mejor que haces.
Naturalmente, la cerveza es mi vida .
Entonces I dado cuenta quién me decía esto.
Hollywood es dónde si no tienes felicidad envías fuera para él.
Si tienes que pensar dos veces aproximadamente lo, eres mal.
EL alma No tendría ningún arco iris tuvo los ojos ninguna lágrima.
Pero entonces, nunca alegó no para ser un dios.
Creo que aquello es un récord.
La mayoría de Texans piensa Hanukkah es alguna clase de llamada de pato.
Cualquier cosa es bien si está hecho de chocolate.
Seguramente es más lógico de curarse que para matar.
Por qué eres mirando La lavadora?
El hecho es, no hay ninguna teoría para él, hay no dato observacional para él.
En Pierre Trudeau, Canadá ha finalmente produjo un Primer ministro digno de assassination.
Las vidas de salvia en armonía con el mundo, Y su mente es el mundo mente.
Te has tomado demasiado seriamente.
Un clásico es algo que todo el mundo quiere ha leído y nadie quiere leído.
Es seguramente una calamidad suma para un ser humano para tener ninguna obsesión.
Nunca utilizarlo después de que una comida grande.
Es esto yendo para implicar éxtasis humano CRUDO?
El mundo te debes nada.
Por qué es esto tan torpe?
Su alcohol es sumo y estimulante.
La verdad sobre una mujer a menudo dura más larga que la mujer es cierta.
Armageddon Nunca mirado tan bueno.
Conoces tienes un apartamento pequeño cuándo Arroz Krispies eco.
Lástima el meek, para heredarán la tierra.
Cuándo los usuarios ven algunos programa tan ganadores, otros programas acaecen lossage.
Así que mantiene mirar hasta que lo encuentras.
Hay otra teoría qué estados que esto ha ya pasó.
Los millones de corazones han sido rotos, sólo porque estas palabras estuvieron habladas.
Cuándo tú overesteem sumo hackers, más los usuarios acaecen cretins.
No es para mí para intentar a fathom el inescrutable workings de Providencia.
Sanitized Para vuestra protección.
Pienso que estás dejando vuestro conocimiento de internals interferir con vuestro juicio lingüístico aquí.
He sin duda el Diablo grins, Como mares de tinta I spatter.
Roma estuvo destruida en un día.
A veces I maravilla si soy en mi mente derecha.
Un fool y vuestro dinero es pronto socios.
Uso otro lado para listados adicionales.
Vuestro conscience nunca para tú de hacer cualquier cosa.
Si traen un automovilísticos atrás tarde lo pasamos por alto.
Si todavía contiene un alternar dimensión, uña cerró.
Antes de que o después de que murió?
Todas las cosas florecientes regresarán a su fuente.
Caja alguien nos gusta puede ser elegido.
Es vuestro destiny.
Nada dura para siempre.
Nunca invertir vuestro dinero en cualquier cosa aquello come o necesita repainting.
Un político sincero es uno quién cuándo está comprado se quedará comprado.
Pero soy un farmacéutico orgánico físico !
Eres en un maze de pequeño torciendo pasajes, todo diferente.
Complacer venido otra vez.
Impuesto y extra de título.
Sabiendo que no vamos a matar hoy!
Si él hardware hecho sólo, nadie lo compraría.
Oh Mi Dios!
Nosotros el poco dispuestos, dirigidos por el ungrateful, está haciendo el imposible.
Si la chica siente cualquier cosa para ti en absoluto, sabrás.
Pero dejado es oír del farmacéutico.
Ahora está ascendiendo de affluence a pobreza.
Un abogado nombró Extraño era compra para un tombstone.
Esto sólo le causará needless inconveniencia y vergüenza.
La democracia acaece un gobierno de matones, templados por editores.
Si el vending la máquina no lo vende, no lo comen.
Gusta hacer un depósito grande en mi nombre en un banco suizo.
Tiene su lado oscuro, y tiene su lado ligero.
Significo, podría rodar encima y todo aquello, pero que merece una serie?
Juventud de hoy!
En el éxito allí es una tendencia para continuar que hace qué hacías.
Los sueños son gratis, pero coges empapado en el conectar tiempo.
La flota de Learjets el transportista opera es inmenso.
Nunca tener tantos entendido tan poco aproximadamente tanto.
Un hombre dice un falsehood, cien lo repite tan cierto.
Es el negocio del futuro de ser peligroso.
O llamada justa en y decir eres enfermo.
La tortuga vive 'twixt plated cubiertas Qué prácticamente encubrir su sexo.
Al no sonrió para cuarenta años.
El mundo no es octal a pesar de Dic.
Un ancho necktie es un signo de enfermedad.
La bebida empaqueta un wallop, y empaqueto un revólver.
Me amordazo con una cuchara.
Esta mañana no tengo la enfermedad de Cazador Thompson.
Quién es John Galt?
Las necesidades mundiales más a personas les nosgusta y menos gustarles.
Empezó fuera, sólo para girar y volver antes de lograr el verde.
A craunch un marmoset.
A ambos de nosotros.
El Poste de Washington está leído por las personas quiénes piensan que corren el país.
Mantienen horas razonables.
La Mayoría Moral es tampoco.
El movimiento ganador único no es para tocar.
Todo parece condenado a la larga para aproximar un estatal semejante a ruido Gaussiano.
Va soothingly en la nieve, tan allí lurk los demonios de esquí.
Estoy dejando porque estoy aburrido.
Hemos cumplido el enemigo, y somos.
La mayoría de personas sólo tienen sus dientes capped.
Gusta hacer un depósito grande en mi nombre en un Banco suizo.
Siento como un metro de aparcamiento mojado en Darvon!
En la guerra de ingenios, es desarmado.
Redes de boda son el mundo más pequeños handcuffs.
Niños raramente misquote te.
Supiste el trabajo era peligroso cuándo lo tomaste, Fred.
Formé los ente legislativos con mi dinero propio.
La filosofía de UNIX básicamente implica dar te bastante cuerda para colgar tú.
Él no beneficio tú, y los cargos pueden haber sido revocados.
Para acusar tampoco oneself ni otros asoma que uno es educación es completo.
Si caes en un pond, control vuestros bolsillos para peces.
En estos asuntos la certeza única es que hay nada seguro.
No que soy uno para hablar, pero algunas personas seriamente necesitan coger una vida.
Expedience Es el profesor mejor.
Letras importantes qué contener ningún error desarrollará errores en el correo.
Una manera eficaz de tratar predators es para probar terrible.
Si rash desarrolla, interrumpe uso.
La Biblia no es mi Libro y el cristianismo no es mi religión.
Es pesca ilegal algo sólo un delincuente de osar haría?
Y todo el mundo sabe que vives para siempre cuándo has hecho una línea o dos.
A menudo las cosas SON tan malas como parecen!
Y escuchar a otros, incluso el atenuar e ignorante, para pueden ser vuestros clientes .
Así que ves, la carácter del mosto de vocación cabido la personaje.
Cornbread Es cuadrado.
La diferencia entre realidad e irrealidad es que la realidad ha tan poco para recomendarlo.
Las ideas no se quedan en algunos importa muy mucho tiempo porque no les gusta el confinamiento solitario.
Les induce a relinquish el esferoide.
Uno el traje bueno vale mil resumes.
La juventud es el trustee de posteridad.
Las mujeres son más sensatas que hombres porque saben menos y entender más.
No exactamente tan asomado.
Libtool Portabilidad de biblioteca compartida es sólo ligeramente más believable que máquinas de moción perpetua.
Nos quiero para pagar impuestos sobre la renta, también?
Todo el mundo pero una chica rieron uproariously.
Estos hombres son mejores que había pensado.
Un poco inaccuracy salva un mundo de explicación.
El teléfono no pararía ringing.
Laetrile Es las fosas.
Una mujer era enamorada con catorce soldados.
Pongo mi de frente las pistas de ferrocarril, Waitin' para el dobles E.
Como el cazar, pero con recompensas más ricas.
Pienso que mi carrera se arruina!
Si quieres ver trucos de carta, tienes que esperar para tomar cartas.
Ninguna espera, el Bash página de hombre ES la biblia .
Herramientas de poder para Power Fools.
El tiempo pasó, unheeded.
Venido hoy ahora!
Yo no cerrado fuera de las lecciones que enseñan.
No pienso cualquiera tendría que escribir su autobiografía hasta que después de que son muertos.
La obra era imposible.
Pero sobre todo, prueba algo.
Hokey Las religiones y las armas antiguas son ningún sustituto para un bueno blaster en vuestro lado.
Si no vuelven, entonces llamarles arriba cuándo estás bebido.
Idleness Es las vacaciones de fools.
Suena, er, oficioso.
Sólo unos cuantos de las excusas perfectas para habiendo alguna fresa shortcake.
Ningún vehículo motorizado dejó.
Hacer los clones tienen ombligos?
Llama arriba de su amigo mejor, quién es un genio matemático .
Hash Misil sighted, Los Ángeles de objetivo.
Tú los humanos tienen que necesidad emocional para expresar agradecimiento.
La absenta hace el tart crece más cariñoso.
La formación es todo .
O somos padeciendo en Safeway?
Te das cuenta qué estás pidiendo?
Qué aproximadamente ESCRIBIÉNDOLO primero y rationalizing lo afterwords?
Prueba encontrar un patrón.
Puedo no y no cortará mi conscience a apto este año modas.
Tan hacer la caída noble.
Construido para caer aparte.
Tres años más tarde el padre del chico insistió que da un concierto público.
Nosotros todos viven bajo el mismo cielo, pero nosotros no todos tienen el mismo horizonte.
Sólo un fool tiene ninguna duda.
Soy no su dirigente?
Banda vuestro snakebite gook y vuestro blowdart suero.
Esto también simplifica modificar el programa, tener que el valor de pi cambio.
Nueva York es una jungla , te decís.
Vuelve fuera al camión, y hay otra conversación animada.
Noventa por ciento de las cosas de tiempo resultan peores que pensaste ellos .
Alcoholics Anónimo es cuándo coges para beber debajo alguien más nombre.
Las mujeres son todos igualmente.
Sanity E insanity overlap una línea gris fina.
En el comienzo era el Tao.
Podredumbres de software si no utilizados.
Sólo no quiere coger implicado.
La amnesia utilizó para ser mi palabra favorita, pero entonces lo olvidé.
Que todos los hombres tendrían que ser hermanos es el sueño de personas quiénes no tienen ningún hermano.
La biología crece encima te.
Si eres temeroso de loneliness, no casa.
La fortuna incierta es exhaustivamente mastered por la equidad del cálculo.
Los primos no son para ser confiados en.
Pero eras bien, ven es más fácil que comerciando.
Hay brutalidad y hay honradez.
A medias una abeja, filosóficamente, mosto ipso facto mitad no ser.
Otros tienen que utilizar thier espaldas fuertes, patas y manos.
Mayo pido una cuestión?
Todo Finagle las leyes pueden ser bypassed por aprender el arte sencillo de hacer sin pensar.
Si bebes, no aparca.
Todo el mundo está en un círculo.
En la noche una audiencia entusiasmada reunió.
Eres un fardo de energía, siempre en el ir.
Si el dios había pretendido Hombre para Mirar televisión, le habría dado Orejas de Conejo.
Un eficaz y una administración exitosa se manifiesta igualmente en pequeño como en asuntos sumos.
Me doy una cerveza, palo una vela en él, y soplaré fuera de mi hígado.
Otro hombre es, significo.
El Árbol de Aprender osos la fruta más noble, pero la fruta noble prueba mala.
Power es peligro .
Tú los hombres allí probablemente tepiensan ya saber cómo para vestir para éxito.
En un bote, el cuello es siempre en la copa.
Estancia del mobiliario.
La educación está aprendiendo qué no incluso conoces no supiste.
Te tienes que dar cuenta que el ordenador tiene él en para ti.
Aquí En Dura no lo cogió hecho puntualmente.
La historia estás a punto de oye es cierto.
Quién acepta pérdida, acaece perdido.
Hay Jackson estando como una muro de hueso.
Nunca fue así para Mencken.
Ahora cuándo le llamo me ignoro y sólo continúa escribir.
El cerebro humano es una cosa maravillosa .
Refreshments Será servido.
Dónde lo pusiste?
Cómo puede obras cuándo el sistema es tan llenado?
Las chicas buenas van a cielo, las chicas malas van en todas partes.
Estancia fuera de volar saucers hoy.
Para ingenio excepcional uno podría conceder keelhauling.
Antes del concierto empezó Enesco acaecía nervioso y pidió alguien para girar sus páginas.
Una lástima que es totalmente undeserved.
No podemos mandar la carácter exceptúa por obedecerle.
Yo él sólo para mearte fuera.
Podrías conducir que en una semana, pero para algunos razonan nadie es nunca hecho lo.
Coger un ondulatorio y estás sentando arriba del mundo.
El sólo ascendió sin thorns es amistad.
De todas las palabras del hado de la bruja Allí es ninguno tan malo como qué y quien.
El primer estudiante para probar para hacer este era un estudiante de matemática.
no hay ninguna REALIDAD.
Ejercitan precauciones para evitar contaminación por las modas de último año.
Temo las explicaciones explicativas de las cosas explicaron.
Unix es irrelevante.
Para quedarse youthful, la estancia útil.
El día venderías vuestra alma para algo, las almas son un glut.
Pero me repito.
La segunda póliza mejor es dishonesty.
Un elefante es un ratón con un sistema operativo.
Bebiendo no es un deporte de espectador.
No me preocupo para el Azúcar Smacks anuncio.
Conozco es extraño, pero lo hace más fácil de escribir poesía en perl.
La constante de un hombre es la variable de otro hombre.
Para tener éxito en cualquier empresa, uno tiene que ser persistente y paciente.
Cuándo hablamos de mañana, la risa de dioses.
Una vez tienes que, hay seguridad única a través de obscuridad.
Reinados de pánico en los corazones de todos los patriotas de cada persuasión.
El warlord uttered una exclamación de disbelief.
Sólo mantener vuestras puertas cerradas y cariz fuera para el HavenTree tiburón de ataque.
Nemo me impune lacessit.
Lloró, y el juez secó sus lágrimas con mi talonario de cheques.
Alimony Es el coste alto de dejar.
Tiene el valor para tomar vuestros pensamientos propios seriamente, para ellos forma tú.
La existencia de dios implica una vulneración de causalidad.
Quienes tienen grandeza dentro les no entra para políticas.
Si todo el mundo es una fase , quiero operar la puerta de trampa.
Ninguno de los animales giró a óleo, a pesar de que la mayoría de las ratas de laboratorio cáncer desarrollado.
Está considerado un la mayoría de graceful altavoz quiénes pueden decir nada en el más palabras.
Viene sólo con tiempo.
La integridad No tiene ninguna necesidad para reglas.
Primero mató los romanos, Y ahora está matándome.
Por eso todo progreso depende en el unreasonable hombre.
Dejado el ají simmer.
San Francisco no es qué utilizó para ser, y nunca era.
Porque la gestión interfiere demasiado.
Hope es un almuerzo bueno , pero es una cena mala .
Pero entonces algunas personas están aterradas para ser vistos llevando una revista de pantalla moderna.
El programador tonto está dicho sobre el Tao y risas en él.
No flush.
Leveraging Siempre bate prototyping.
Algunos bachelors querer un significativo por la noche relación.
Cuándo sienta, sienta fácil.
La carácter aborrece un héroe.
Por qué encuentras que gracioso?
Por qué no cualquiera me envío los guiones que Faye Dunaway coge?
A uno el pavo grande añade un galón de vermouth y un demijohn de Angostura bitters.
Los santos siempre tendrían que ser juzgados culpables hasta que están probados inocentes.
El B'nai Brith es goyish.
Mi programa le tocó tan profundamente que era mudo.
Nadie realmente sabe qué felicidad es, hasta que están casados.
Ist Fácil schnappen der springenwerk, blowenfusen und corkenpoppen mit spitzensparken.
Will Rogers nunca te cumpliste.
Si siempre aplazas placer nunca lo tendrás.
Un programa tendría que seguir el 'Ley de Menos Asombro'.
Qué escuela vas a?
La carretera a Hades es fácil de viajar.
Cuándo estás aburrido con tú, casa, y ser aburrido con alguien más.
Cualquiera soy muerto o mi reloj ha parado.
Tallulah Bankhead barged Abajo el Nile anoche tan Cleopatra y se hundió.
Reemplaza con tipo mismo.
La ambición es una excusa pobre para no habiendo sentido bastante para ser perezoso.
Dejado le escoger fuera de mis limas, sus proyectos para cumplir.
De alguna manera logré sobrante sin nunca notando cuándo pasaba a través de satisfacción.
O que conducimos en parkways y parque en vados?
El aprendizaje en algunas escuelas es gusta beber de un firehose.
Para probar esto a tú, prueba abrir la puerta de refrigerador antes de la luz viene encima.
Si no había ninguna bruja, el testimonio humano y la razón humana son indigente parecido de valor.
no hay ninguna regla.
Siempre pueden correr stderr a través de uniq.
Sería posible de optimizar algunas formas de goto, pero no he molestado.
Overlay Tres tipos diferentes de variables en la misma ubicación de memoria?
Tenemos algunos absolutamente estadística irrefutable para asomar exactamente por qué eres tan cansado.
Los soles difieren, pero hay sólo una oscuridad.
Cuándo cae encima le?
Los hechos son el enemigo de verdad.
Nunca pedir dos cuestiones en una letra empresarial.
Todo en este libro puede ser incorrecto.
Pero lo tienes que defender nobly, no por imitar su comportamiento bajo propio.
Evita gunfire en el baño esta noche.
El historiador concienzudo corregirá estos defectos.
El sentido común es la colección de los prejuicios adquirieron por edad dieciocho.
No puedes ver la luz de baño.
Eres en la sala del rey de montaña.
Vuestro valor cierto depende enteramente en qué estás comparado con.
O Viento en la cascada, y las hojas' risa!
Todo aquel glitters tiene un alto refractive índice.
Comió mi phaser!
También brevemente hablamos nuestros esfuerzos recientes para aplicar ingeniería de cordura a exploración de óleo.
Por qué ser un hombre cuándo puedes ser un éxito ?
Chance es quizás la obra de Dios cuándo no quiere signo.
El niño moderno te contestará atrás antes de que has dicho cualquier cosa.
Está afrontar con oportunidades insuperables.
En meditación, delve profundo al corazón.
Tú gotta ver el espectáculo!
Dos de ellos?
Como visto encima televisión.
Ser hateful y aburrido.
Esta fortuna es falsa.
El progreso podría haber sido bien una vez, pero está ido en demasiado mucho tiempo.
Bozos Es personas que la banda junta para divertido y beneficio.
El gol de ciencia es para construir mejor mousetraps.
no Nos gusta su sonido.
El meek está disputando la voluntad.
El mismo es cierto de dinero.
Epulopiscium fishelsoni No es entre ellos.
Cuándo tengo un problema en un Nvidia, asumo que es mi falta .
El clave a construir un superstar es para mantener su boca cerró.
Depura código único.
Y era Jerusalem builded aquí Entre estos oscuro satanic molinos?
El sólo cosa realmente decente para hacer detrás de una persona es atrás es pat lo.
Mientras suministros último.
Él quién es contenido con su parcela probablemente ha mucho.
Es igualmente vano de probar para hacer él con diez hachas romas en cambio.
Una inversión en el conocimiento siempre paga el interés mejor.
Mente encima asunto.
Discute para vuestras limitaciones, y efectivamente, son los vuestros .
La reproducción estrictamente prohibió.
Los hombres todavía recuerdan el primer beso después de mujeres ha olvidado el último.
Madre vieja Hubbard fue al armario A fetch su hija pobre un vestido.
Tipo justo en vuestro nombre y número de seguridad social.
Un socio compró un coche nuevo, un Nissan, y era bastante feliz con su compra.
Las carreteras del sur eran todavía cinco pies entre raíles.
El hombre sumo respondió que era porque esta semana supo mejor.
Ficción de ciencia, Doctor de característica doble X construirá una criatura.
Nunca mente, olvidarlo!
La cosa importante para recordar aproximadamente andando en los huevos no es a hop.
Qué es para?
Y son hateful.
El asesinato es contrariamente a las leyes de hombre y Dios.
Si no tuviste que obrar tan duro, tendrías más tiempo para ser deprimido.
Un punto aquí, un punto allí, y toro muchísimo inbetween.
La proporción de la alfabetización a analfabetismo es una constante, pero hoy en día los analfabetos pueden leer.
Puedo ver por qué!
Las negociaciones no salieron, duros.
Un amigo real no es alguien utilizas una vez y entonces echar fuera.
Él annoints mis deberes con soluciones correctas, mis interpolaciones son encima.
Qué un Par!
Me amordazo con un Albor!
Siendo feo no es ilegal.
No soy temeroso de elegir arriba knob de puerta.
Complacer comprobar el número y dial otra vez o pedir vuestro operador para asistencia.
Puesto un rogue en el limelight y obrará como un hombre sincero.
Yo sólo coded lo.
Losentimos .
drowsiness de causa del mayo.
Eres siempre ocupado.
Tan habitual, la fotografía está anonadando.
No bebo, no me gusta, me hago sentir demasiado bueno.
Después de todo, todo el mundo sabe un perro de negocio nunca mordiscos!
El programa compilado sin un mensaje de error, y el programa corrió como un viento suave.
Probablemente habría recibido más la atención tuvo obtuvo el algoritmo también.
Apoyo Salud Mental.
Una carencia de liderazgo es ninguna sustituta para inacción.
Dentro uno más humano lifespan, prpers habremos cambiado unrecognizably.
Pone abajo vuestro dinero y tú tocan vuestra parte, Todo el mundo está cogido un corazón famélico .
Qué pasa cuándo cortaste atrás la jungla?
La entropía no es qué utilizó para ser.
Sólo el hypocrite es realmente cariado al núcleo.
Las dos cosas más comunes en el Universo son hidrógeno y estupidez.
Venido nunca aquí otra vez!
Una persona bien ajustada es una quién hace la misma equivocación dos veces sin coger nervioso.
La portabilidad tendría que ser el default.
El más viejo I crece, el más I recelo la doctrina familiar que la edad trae cordura.
Un poco sufrimiento es bien para el alma.
No será disparado, incluso si el proyecto está anulado.
En Hollywood, si no tienes felicidad, envías fuera para él.
Por otro lado, el TCP el campamento también tiene una frase para OSI personas.
Tengo maneras de ganar dinero que sabes nada de.
No puedo coger allí, pero estoy yendo primera clase.
Los identificadores son tan mucho tiempo no pueden proporcionar el espacio de disco.
Puedes probar cualquier cosa por mencionar otra lengua de ordenador.
La guerra es paz .
La morriña no es qué utilizó para ser.
Un lenguaje de programación es nivel bajo cuándo sus programas requieren atención al irrelevante.
Ningún poeta carácter interpretada nunca tan libremente como el abogado interpreta verdad.
Pero son agradecidos?
Qué comidas estos morsels ser!
Pega vuestra junta de Ethernet!
No puedes esperar un chico para ser caja viciosa está sido a una escuela buena.
Tienes nada para perder pero vuestra comida.
Apoyo vuestro derecho a bare armas!
Recomiendo agradable.
Me ayudo, soy un prisionero en una lima de galleta de la Fortuna!
Y él él todo encima alguien más dinero.
El problema con superheros es qué para hacer entre cabinas de teléfono.
El amor es en el offing.
Sorpresa vuestro jefe.
Si el tiempo es extremadamente malo, iglesia attendance será abajo.
Reculado arriba del sistema últimamente?
Por qué no los tiburones comen abogados?
una vez había un programador maestro quién escribió unstructured programas.
Por disparar la persona que hizo el último.
Transacciones adicionales récord en posteriores de colilla anterior.
Nuestros bugs corren más rápidos.
Utilizó a dieta en cualquier clase de alimentario podría poner sus manos encima.
La verdad es raramente pura, y nunca sencillo.
La felicidad añade y multiplica tan dividimos él con otros.
La Guerra coreana tiene que haber sido divertida.
Ríes ahora, pero serás reír más duro más tarde!
El periodismo es literatura en una prisa.
Por qué ser difícil cuando, con un poco de esfuerzo, podrías ser imposible?
Peaje de paga adelante.
La esquizofrenia bate ser sólo.
Respeto de espectáculo para edad.
Nosotros ducked abajo por las parras, alzando tomates en cada otro.
La solución a un problema cambia la carácter del problema.
Cumple Niveles de Calidad Dura compila sin errores.
Los operadores están estando por!
Quien los dioses destruirían, primero enseñan BÁSICOS.
Pelea de ayuda drift continental.
Viviste con un hombre quién llevó cintas blancas?
Perl Tiene una tradición larga de laborable alrededor de compiladores.
En tratar otros, ser suaves y clase.
El resto está hecho con espejos.
Política y el destino de humanidad está formado por hombres sin ideales y sin grandeza.
Una memoria particular en forma física.
Sería más loco.
La explicación que requiere el fewest las suposiciones es el más probables de ser correctos.
La vida chupa, pero la muerte no pone fuera en absoluto.
La boda es destiny, y colgando así mismo.
Las personas disfrazadas habla libremente.
Si al principio no tienes éxito, tienes que ser un programador .
Diseño bueno y la ausencia de los errores no pueden ser guaranteed por características de lengua mera.
Si no confías en los usuarios, les haces untrustworthy.
Puedes solicitar más espacio de disco en cualquier tiempo.
Por fallar para preparar, estás preparando para fallar.
Heisenberg podría haber sido aquí.
La obra está cumplida por aquellos empleados quiénes han no todavía logró su nivel de incompetencia.
Cinco es BIEN FUERA.
Significa cogemos para mantener todas nuestras equivocaciones viejas.
Un señor real nunca toma bases a no ser que realmente tiene que.
Albert Camus escribió que la cuestión seria única es si para te matar o no.
El hombre es por carácter un animal político.
No nunca escribo la pena íntegra yo, pero entonces, nunca utilizo goto tampoco.
Como soportaron cada obstáculo acaecían más y más repugnados con su página.
El ausente unos son siempre en falta.
Sólo los nombres han sido cambiados para proteger el inocente.
Ningún esquí toma a rocas les gustan esquíes de alquiler!
No había sido sorprendido.
Moscas de tiempo como una flecha.
Y en el séptimo día, salió de anexar modo.
Alguien mantiene el fuego que quema, alguien venido y batió el bidón.
Hemos sabido el stolid pero estabilizarse Killebrew.
Cuándo estás diciéndolo, a tú o a alguien más.
Probablemente están evitando un trato sumo de dolor.
Desprecio el placer de complacer personas quien desprecio.
El Borde Tajante de Obsolescencia.
Empapa en agua salada por la noche.
No me preocupo si a medias las huelgas de liga.
Por qué tener que alguien aprecia la Manera?
Ser seguro cada elemento es propiamente endosó.
El nonownership de bienes materiales flaunted como token de superioridad moral e intelectual.
En el mundo próximo, eres por tu cuenta.
La belleza raramente recomienda una mujer a otro.
Pero yo siempre disparado al cerro más cercano o, fallando que, a negrura.
Un año pasado en la inteligencia artificial es bastante para hacer uno cree en Dios.
Puedes ser reconocido pronto.
Algunas personas tienen separa aquello es tan privado ellos ellos tiene ningún conocimiento de ellos.
Los días lluviosos y las armas automáticas siempre mecogen abajo.
El infierno es vacío y todos los diablos son aquí.
Era un WAC Museo.
Veinte dos mil días.
No sé quién construyó a él.
Pero si todo dices es una mentira, entonces estás diciendo la verdad.
El perro tiene relaciones seguras al lobo el pastor puede haber olvidado.
Era bien en ambas cuentas.
Mathemeticians Estand en cada otro es hombros mientras estand de científicos del ordenador en cada otro es dedos.
Mi Bonnie mirado a un tanque gasista, La cota de sus contenidos para ver!
Es algo dije?
Tecnologías de timbre, pg.
En el primer dos de esta la cuerda chasqueó, mientras en el tercer Señor
Un Dan Quayle reloj.
El negocio americano mucho tiempo hace dio arriba en exigente que empleados probables ser sinceros y hardworking.
Y haré todo estas obras buenas, y les haré para libre!
Las órdenes refieren a ingredientes como CHABLIS, CHARDONNAY, CABERNET, GINEBRA, VERMOUTH, VODKA, SCOTCH, y WHATEVERSAROUND.
Escribes un control en el banco incorrecto y él te cubres en todo caso.
Nunca es cualquier uso a oneself.
Hemos visto el ligeros al final del túnel, y es fuera.
La fama puede ser fugaz pero la obscuridad es para siempre.
Uno coge tal wholesome regresos de conjetura fuera de tal trifling inversión de hecho.
Rico bachelors tendría que ser fuertemente gravó.
Estoy practicando un punto fino de ethics.
Primero tienes que decidir si para utilizar el corto o la forma larga.
Notwithstanding Frío y hounds y trampas, su raza sobrevive.
Cuántos bávaro Illuminati toma a tornillo en un lightbulb?
Es imposible de defender perfectamente contra el ataque de quienes quieren dado.
C es quirky, defectuoso, y un éxito enorme.
Corrió el gamut de emociones de 'Un' a 'B'.
Qué bueno es si hablas en flores, y piensan en pastry?
Supongo que en unas cuantas horas yo sereno arriba.
No puedo decir.
Dar un hombre un pez, y le alimentas para un día.
La historia es la versión de casos pasados que las personas han decidido acordar encima.
había este Nuevo Yorker aquello tuvo un lifelong ambición para ser un Texan.
Una secuela es una admisión que has sido reducido a te imitar.
La constante única es cambio .
Tú y vuestro poco grupo ya no tenéis cualesquier permisos alrededor aquí.
Prepara para tener vuestro asno laminated.
En qué nivel de metalenguaje eres ahora hablando?
Algunos de nosotros bebida porque no somos poetas.
Ah Ningún, es siempre sólo mi suerte para coger Uno perfecciona ascendió.
África es primerally habitado por Antes, Moose y Caballeros de Pithiests.
Qué más agudo que un hound diente es para tener una serpiente ingrata.
Pienso que es de la CIA.
Últimos tipos no acaban buenos.
La vida es demasiado corta de ser tomado seriamente.
Uno es a menudo mantenido en la carretera derecha por una rodera.
Si gano, coges un divorcio así que le puedo casar.
Detalles en once!
Laborable tarde sentiría gusta utilizar un undocumented procedimiento externo.
Las modas han hecho más daño que revoluciones.
Vuestra Medianoche de Capitán la red descodificadora llega mañana.
O qué es peor, qué si sólo que el tipo gordo en la tercera fila existe?
No incluso mira bueno encima papel.
Ahora habla rápidamente.
Moneyliness Es luego a Godliness.
Busca estos tres para cerrar abajo la moneda inaugural toss.
Esto es un no autorizado cybernetic anuncio.
Los barcos son seguros en puerto, pero nunca fueron significados para quedarse allí.
Sólo que en ti cuál soy puede oír qué I estoy diciendo.
Los biólogos piensan que son bioquímicos.
Consideran la vida absurda, una coincidencia accidental.
Esperando sólo y unmoving, es inmediatamente todavía y todavía en moción constante.
Esto es el mañana te preocupaste aproximadamente ayer.
Nuestros productos ahora están sabidos en cada zona.
Entonces mundial detrás y casa adelante, vagaremos atrás a casa y cama.
Vuestro modo de vida será cambiado a EBCDIC.
El hombre, perdiendo pista de tiempo, crawls para qué parece como días.
Entonces intentamos sacar el tusks.
Sobre la supervisión de hombro es más una necesidad de la gerente que la tarea de programación.
Kansas la ley estatal requiere peatones cruzando las carreteras por la noche para llevar luces de cola.
La educación y la religión son dos cosas no regulados por suministro y demanda.
Nuestro offense consiste en dudarlo.
Voy a mi analista y nosotros lo obran fuera.
Probablemente no haría tales notas buenas, pero aprendería más.
El Undergraduate era entonces Enlightened.
Las equivocaciones son a menudo los huesos de dar un paso a utter fallo.
Las hablas políticas son como steer cuernos.
Y finalmente, Gary, todas vuestras respuestas tienen que ser orales.
Nadie puede garantizar las acciones de otro.
Si el dios tuvo pretendió Hombres para Fumar, tendría poner Chimeneas en sus Jefas.
Mejor probado por doce que llevado por seis.
Sacudida bien antes de utilizar.
Insomnia No es cualquier cosa para perder sueño encima.
Pero no es gustar que en absoluto.
Desde un político nunca cree qué dice, está sorprendido cuándo otros le cree.
Después de que todo el mundo ha ido para dormir dos caballería solitaria estand de agentes vela por el campamento.
Si das un hombre bastante cuerda, alegará está ligado arriba en la oficina.
Aquella jefa a qué el sol superior ahora gleams ha movido entre las fundaciones del mundo.
La diplomacia es para hacer y decir, la cosa más mala en la manera más buena.
Digo 'em para elegir dos y llamarme atrás.
Nada nunca acaece real hasta que está experimentado.
Te haces feliz de conocer estás enviándome a una tumba temprana?
No supera dosificación recomendable.
Qué es?
Revuelo 'til plenamente disolvió.
Si quieres vuestro programa para ser legible, considera suministrar la riña.
Una nube de seta tiene ningún forro de plata.
La imitación es la forma más sincera de plagio.
Lo acabas.
Hope que el dia después mueres es un día bueno.
No has sido realmente anywhere hasta que tienes casa posterior.
Espero vuestro yendo también decirme qué para hacer?
Nunca aprendes cualquier cosa por hacerlo bien.
Sólo Decir Mensaje
de Núm. llegará en el correo.
Los sueldos de pecado son unreported.
He descubierto el arte de engañar diplomats.
Tienes una tendencia para sentir eres superior a la mayoría de ordenadores.
Sólo no podemos coger bastante.
Para pensar contrariamente a uno es era es heroicidad.
Remisión el NULL dentro de NULL, es la puerta a todo wizardry.
Un bachelor es un hombre quién nunca hizo la misma equivocación una vez.
En espacial, nadie te puede oír pedo.
La indiferencia ciertamente será el downfall de humanidad, pero quién se preocupa?
El tío de mi madre era un hombre bueno.
El defensa mejor en contra la lógica es ignorancia .
Algunos dicen que el mundo acabará en fuego, Algunos dicen en hielo.
Mayo el bluebird de felicidad twiddle vuestros bits.
Dejado nos rogar que tenemos la cordura para escoger correctamente.
A menudo traído aproximadamente por expectativas demasiado altas de otros.
Serás rodeado por lujo.
La idea básica subyacente USENET es la llama.
Cómo allí puede ser una Manzana, aquello no tiene ningún núcleo?
Olvidarás que nunca me conocí.
Comprobé a un hotel y ellos tuvieron toallas de mi casa.
hay ningún probar.
Muestra algún más.
Tener que cualquiera en su curia cuestiona sus poderes, el infractor es excommunicated a oscuridad exterior.
La moderación es una cosa fatal .
La simplicidad no precede complejidad, pero lo sigue.
La elegancia y la verdad son inversely narró.
Y la manera única de hacer la obra suma es para querer qué haces.
No deseo para parecer demasiado inquisitive, pero eres todavía vivo?
De todos los animales, el chico es el más unmanageable.
El amor no es sólo ciego, es también sordo, mudo, y estúpido.
Por qué es allí siempre boicots?
El progreso era bien.
E incluso si tomas fuera el viento y el agua, es todavía igual.
El software es mucho más duro de cambiar en masse que hardware.
Consiste en escoger entre el desastroso y el unpalatable.
La ortografía es un lossed arte.
La noche es aquí tan tengo que cerrar.
Especialmente si son muertos.
He visto la escritura en la muro.
Toda ciencia es cualquier física o coleccionismo de sello.
El amor significa nunca teniendo que decir losientes .
Una mujer bella es un cuadro qué paseos todo beholders nobly locos.
Lo da a otros en cambio.
Le dieron el amor y él inventaron matrimonio.
Nunca te quedas toda la noche con este hombre en Nueva York?
Al principio el niño, Mewling y puking en el Regent armas.
Eres seguro estás diciendo la verdad?
Probablemente casarás después de un noviazgo muy breve.
No soy un científico político, pero entiendo el sistema muy bien.
No puedo ser capaz de andar, pero I paseo de una puesto de sentar.
La actuación Probada Obrado a través de prueba de Beta.
Cuándo te dial un número incorrecto nunca coges una señal ocupada.
La gravedad es un mito , la Tierra chupa.
Ahora hay diez mil lenguas.
Los supervivientes serán DISPARADOS OTRA VEZ!
Me doy un beso, Kate, seremos casados o' domingo.
Va directamente a prisión.
Pero nadie importa.
Qué PROGRAMA son mirando?
Programadores viejos nunca dado, ellos cuenta pegada sólo límite de bloque.
Cómo tener que quiere thee?
Puedes también ni siquiera probar.
Los ascensores huelen diferentes a midgets.
Escribe hoy, para ayuda libre!
La Jefa era viva y bien, aunque nadie supo qué.
Y por cierto, quiero utilizar este mecanismo para girar cosas alrededor.
Para hacer más era imposible, para hacer menos, impensable.
Qué color es un camaleón en un espejo?
Significo Sí!
Era playin' el Cortijo Grays en la ciudad de Pitchburgh.
El underside era marrón, los gusanos blancos pequeños vivieron en él, y era muy juicy.
Cualquier actividad que no puede ser hecho mientras fumando tendría que ser evitado.
Vende C conchas abajo por el seashore.
Conoces estás cogiendo viejo cuándo te piensas tendría que conducir el límite de velocidad.
Pienso que una relación es como un tiburón.
O es?
Veo un trato bueno de charla de Washington aproximadamente bajando impuestos.
La fruta es vegetales que fool tú por probar bueno.
Vuestra suposición es tan bien tan mina.
Siempre la sosería del fool es el whetstone de los ingenios.
Martin probablemente les desgarraba fuera.
Los checos anunciaron después de Sputnik que ellos, también, lanzaría un satélite.
Ambición Quienes desean cambiar el mundo Según con su deseo no Puede tener éxito.
Utilizaron traición.
Si salen de hábito, acaecen tiresome.
El valor de un programa es proporcional al peso de su salida.
Jekyll Tuvo algo a Hyde.
Estas personas son las víctimas de sus estereotipos propios.
Vuestros amigos no lo necesitan y vuestros enemigos nunca te creerán en todo caso.
Uno expresa bien el amor no siente.
Otras letras están leídas y echados fuera y olvidados, pero hombre un lifetime.
Mi mente propia es mi Iglesia propia .
No podría coger correo a través de tan soy posting lo.
Si no hay ningún viento, fila.
hay no DECLARACIONES ABSOLUTAS.
Los extranjeros siempre deletrean mejores que pronuncian.
Las memorias de tú me acordamos de ti.
Por ello el hombre superior es prudente de sus palabras Y templados en comer y bebiendo.
Quién necesita amigos cuándo puedes sentar sólo en vuestra sala y bebida?
La última cosa uno sabe en construir una obra es qué para poner primero.
A veces incluso para vivir es una ley de valor.
Refiere a personal de servicio cualificado.
La golosina era su canto entonces, y su corazón batía!
La clase humana no puede aguantar mucho realidad.
Los productores parecen para ser tan perjudicados contra actores que've tuvo ninguna formación.
Los hombres no son entrenados para compartir.
Puedes ningún más ganar una guerra que tú pueden ganar un terremoto.
Qué hath Bob wrought?
La belleza femenina extrema siempre está perturbando.
Podemos no todo inmediatamente, pero podemos hacer algo inmediatamente.
Tan slaughters tiene que ser llorado Y la conquista celebrada con un funeral.
El centro geográfico de Boston es en Roxbury.
Es sólo una prueba.
Me levanto cada mañana, reunir mis ingenios.
Sabes qué aquello siente?
Dos wrights no hace un rong, hacen un avión.
Pero aprendí.
En algunos círculos es incluso fomentó.
Una cosa me gusta sobre el Del sur es, folks allí se preocupa aproximadamente tradición.
El novato ilustración conseguida de repente, varios años más tarde.
Pide cualquiera de mis amigos restantes.
El más duro I obra, el más afortunado I coge.
Aposté el cerebro humano es un kludge.
Excesivo login o logout los mensajes son un signo seguro de senility.
Puedo narrar a aquello.
Por otro lado, la carretera a infierno está adoquinada con fundir snowballs.
Hace igual como la llamada de sistema de aquel nombre.
Área de entrega limitada.
Adoración en Banco de América.
Por arreglar toda esta publicidad libre para la red, acaecerás muy bien sabido.
Nunca dejado vuestra escolarización interfiere con vuestra educación.
Comprobé vuestra cuenta de Club de la Navidad.
Y maldiciendo con bazo.
Especialmente si eres un hombre .
Odio menciones.
El corazón no es un órgano lógico.
Hay un tiempo viejo tuesta cuál es dorado para su belleza.
Hay trozos en él.
La cosa única para hacer con consejo bueno es pase él encima.
Da tres ejemplos.
La cura mejor para insomnia es para coger sueño muchísimo.
Planeas cosas que te ni siquiera intento debido a vuestra precaución extrema.
No fumamos y no masticamos, y no vamos con chicas que hacer.
El preciso opuesto es el caso.
Tartamudea?
Sólo no va a estar para él.
El bozone capa, desafortunadamente, espectáculos poco signo de romper abajo en un futuro próximo.
Los símbolos algebraicos están utilizados cuándo tú no sabe qué estás hablando aproximadamente.
La vida es ridícula.
En Riemann, Hilbert o en Banach el espacio Deja los superíndices y los subíndices van sus maneras.
La comida más peligrosa es pastel de boda .
No incluye instalación.
El branden pierde!
No tengo cualquier solución pero yo ciertamente admiran el problema.
Todas las herederas son bellas.
Utilizaron intimidación.
Cuando hace summertime venido a Minnesota, pides?
Es un hecho importante y popular que las cosas no son siempre qué parecen.
Significo es sólo natural, un proceso natural realmente.
Soy un donut de jalea .
Un artista tendría que ser cabido para la sociedad mejor y mantener fuera de él.
Eres obnoxious, obsesionado?
Tú y me.
Como girdles, intentan para contener un uncontainable experiencia.
Agentes vendedores buenos y buenos repairmen nunca irá famélico.
Tan lejos hemos dirigido evitar girando Perl a APL.
Piensa el Gettysburg la alocución es donde Lincoln vivió.
Causas irritación de ojo moderado.
Dónde las gaviotas volaron sobre su nido.
Si el hombre es sólo un poco más bajo que los ángeles, los ángeles tendrían que reformar.
La impresora de línea en cambio.
La música será tocada.
El tema primario de SoupCon es comunicación.
En todas partes voy estoy pedido si pienso que la universidad sofoca escritores.
Puedo vivir sin Alguien I amor Pero no sin Alguien I necesidad.
Violators Será prosecuted.
Hoy es el último día de vuestra vida tan lejos.
Un italiano está PEINANDO su cabello en suburbano DES MOINES!
Steer Claro de incorrect formas de verbos que ha snuck en la lengua.
Doble Bucky, un medio mil glyphs, plus unos cuantos!
No es un bueno omen cuándo goldfish comete suicidio.
Está molestando para ser sincero a ningún propósito.
Mi mujer es disponible.
Tajo para el beneficio del usuario.
Y entonces la noche próxima aparece para más.
Y es por eso que has decidido empezar haciendo cosas tú.
El más reniegas, el Dios más largo te dejas vivo.
Todo el mundo coge libre BORSCHT!
Nunca confiar en un niño más lejano que lo puedes echar.
Serás la última persona para comprar un Chrysler.
La belleza es una de las cosas raras que no dirige para dudar de Dios.
Y sabes cuatro ojos ven más que dos.
Clics de ratón numb los dedos.
Para Nueva York cabbies, honradez y parando en las luces rojas son ambos opcionales.
Llamada encima Dios, pero fila fuera de las rocas.
Va en, no descansa.
Las leyes naturales No tienen ninguna lástima.
Nadie sabe qué puede hacer cultiva prueba.
Un fool el cerebro digiere filosofía a locura, ciencia a superstición, y arte a pedantería.
La vida está malgastada en el viviente.
Rodó sus ojos azules profundos hacia mí.
Quiere dolido me.
Tibio ahora ser corazón y limb!
Pensaron que era sólo una broma y aplaudió.
Disparé una consulta a la red.
El bland leadeth el bland y ellos ambos caerán al kitsch.
Si el dios había pretendido Hombre para Andar, le habría dado Pies.
Complacer regresarlo antes de que se aja.
Entonces miraba en él otra vez.
La cadena que fuma, café frío, Y su mujer a través de su Lógica de lágrimas, deducción.
La violencia es moldura .
Una onza perdida de oro puede ser encontrada, un momento perdido de cronometrar nunca.
Es la armonía de opposites.
Si todo más falla, baja vuestros niveles.
Según lo que sabemos, nuestro ordenador ha nunca tuvo un undetected error.
Para una cosa, viola la ley de conservación de energía.
Sacar vuestro apéndice.
Podría ser el inicio también!
Serán tan relevados darán la bienvenida a su con armas abiertas.
Los jueces' las decisiones basaron encima era sonido en lógica y en ley.
Un alimentar el agente vendedor es en su manera a una parque.
Perdón esta fortuna.
Quise su con un amor thirsty y desesperado.
Miran preciosos y oler bueno.
No somos un clon.
Toma ambos una arma, y dos personas, para cometer un asesinato.
Me digo, O Pulpo, suplica, Es aquellas armas de cosas, o son patas?
El Universo gira el bulbo, y el zen estancias maestras fuera de la manera.
Te quieres!
Mujeres que quieren ser iguales a imaginación de carencia de los hombres.
Y lo probó, y encontrado lo bien.
Siendo un desorden ciego, cediendo a ningún tratamiento pero muerte.
Nadie toma un sobornar.
Los inicios de bug aquí.
Allí está corriendo trabajos.
Vuestra institución financiera puede imponer cargos y costes adicionales.
Ser prudente cómo te coges implicado con personas o situaciones que no puede aguantar inspección.
Te pensasteis podría gustar saber los nombres de vuestros agresores.
Siempre despierto arriba en la grieta de hielo.
Pero mueve!
Si la ruta ser bello, dejado nos no pedir donde dirige.
Una característica es nada más de un bug con seniority.
Ve sello para secuencia.
El aterrizaje es el más sumo sintiéndote puede tener.
Cuándo son silenciosos, gritan.
Sin aventura, la civilización es en caries llena.
Cuándo te dejaste, era pero la pupila.
La ilusión es el ante todo placeres.
Todo necesitas saber es en allí a algún lugar.
Todo los pasteles de Drake son goyish.
Hay nada más extraño en una tierra extraña que el más extraño quién viene para visitar.
Serás otorgado algún honor sumo.
Ahora hay una afección de raza entre el rm y el mv.
La amenaza de skunks o matrimony a menudo catalyzes esta reacción.
Me gusta un estado de continual acaeciendo, con un gol delante y no detrás.
Farmacéutico quién cae en el ácido está absorbido en obra.
Nuestra tierra abunda en los regalos de la carácter De la belleza rica y raro.
Y conoces vas a caer.
Una chica con un futuro evita el hombre con un pasado.
Huella esto dirige correctamente.
Un gangster reunido un ingeniero, un farmacéutico, y un físico.
Esto me duelo más de te dueles.
Liberty no obra tan bien en practicar tan hace en hablas.
Nuevo en ciudad?
Mystics Siempre esperar aquella ciencia un poco día overtake les.
Esto produce una prórroga obvia al concepto de MONITORES.
Medida con un micrómetro.
Y cada grupo ha al menos uno idiota.
no hay ninguna CONSISTENCIA.
En la desgracia de nuestros amigos encontramos algo aquello no está desagradando a nosotros.
Les llamo tan les veo.
El dios es Muerto.
Tiene no moda real, sólo continúa en probar otras cosas.
Qué editores están buscando estos días no es feminismo radical.
El dios salva la Reina!
Día fino para amigos.
Void Dónde prohibido por ley.
Hardware Software cumplido en la carretera a Changtse.
La guerra es un destructor de oportunidad igual .
El amor no es querer 'til lo das fuera.
En los ojos de mi perro, soy un hombre .
Para tener un juego, algo tiene que ser más importante que algo más.
La manera al corazón de un hombre es a través del ventrículo izquierdo.
Resbaladizo cuándo mojado.
No te olvidaré.
Muchos se apellidan, pocos están escogidos.
Probablemente pronto después de que me echo fuera.
La sello significa el precio remontó.
Últimamente ocurre a mí Lo que un viaje extraño largo está sido.
Tiene un tiempo sumo!
Damos consejo, pero no podemos dar la cordura a beneficio por él.
La costa era clara.
Las alegrías de querer hecho su humano y las agonías de querer destruido le.
Demasiado malo no es una valla.
Error de banco en vuestro favor.
Parece es hasta mí para salvar nuestras pieles.
Pensando sabes algo es una manera segura de cegar tú.
Malgasta no lágrimas frescas sobre dolores viejos.
No Tienes que Ir a Texas para un Chainsaw Masacre!
nunca hay cualesquier bugs has no fundar todavía.
hay sólo una manera a consola un widow.
Los simulacros son como minifaldas, asoman mucho y esconder el essentials.
Paga una factura.
Hombre el clasificando.
Qué puede hago?
Nada tiene éxito como el aspecto de éxito.
Para hacer es para ser.
Los insultos son eficaces únicos donde la emoción es presente.
Sir Isaac Newton llamó esta terminación repentina de moción el stooge surcease.
Lunes y días lluviosos siempre mecogen abajo.
Quizás él sólo sags Como una carga pesada.
Dado una elección entre dolor y nada, escogería dolor.
Tú, mi poppet, siente infirm?
Disparé en él tan él en mí, Y matado le en su sitio.
Sólo no podemos controlar cuándo el cinco periodo de año empezará.
Tú qué coges pagado para hacer.
Cuántos tajos de Unix toma para cambiar una bombilla?
Qué una bonanza!
Noah deja todos los animales fuera.
Menos difícil de leer.
El hombre no puede ser demasiado prudente en su elección de enemigos.
Microsoft no es la respuesta.
Vivo una vida equilibrada.
Entonces qué sería el uso de un executioner?
Puesto una olla de ají en la estufa a simmer.
Recordar la poca semilla en la copa plástica.
Los colores se pueden apagar.
Lo quieren rápidamente.
Sólo recordé algo sobre un SAPO!
Quiero ir, oh, oh, oh.
Qué I te dices tres tiempo es cierto.
Diseño adelantado Nadie realmente lo entiende.
Absolutamente ningún ifs, ands, o culatas.
Tampoco Tiene el Mundo!
No puedes romper huevos sin hacer un omelet.
Es alguien renegando sobre las pistolas?
Firmó arriba para cursos de culturismo, kárate, judo, y todo aquel material bueno.
Un gallows estuvo levantado delante de las puertas de ciudad.
Pausa a prisión y policía de reclamación brutalidad.
Tienes un equipamiento inusual para éxito.
Tú no patinazo si te quedas en una rodera.
Metamathematicians Piensa son filósofos .
El más lejano vas, el menos sabes.
Si puedes no hay nada dejó para ti pero el cuerpo diplomático.
Nada soporta pero cambio.
Vuelve para obrar.
Ahora quiero el material.
Hablando de adquirir un perro, nunca comprar un vigilante aquello es a la venta.
La Regla Dorada y amor y básico sanitation.
Si quieres dar un hombre algo práctico, considerar ruedas.
La educación más alta ayuda vuestra capacidad de ganar.
Los santos siempre tendrían que ser juzgados culpables hasta que están probados inocentes.
Mi mano, aun así ahora mis nudillos bleed, yo nunca sucio con tal acción.
Ser preparado para aceptar sacrificios.
Cuándo todo más falla, leído las instrucciones.
Un señor nunca ataca una señora con su sombrero encima.
Si eres demasiado ocupado de leer, entonces eres demasiado ocupado.
Una moción para suspender es siempre en orden.
La delicia de río a impulso nos gratis, si sólo osamos dejados va.
Utilizaron palo tites.
Comida para pensó es ningún sustituto para la cosa real.
La lectura está pensando con alguien más la jefa en vez de una es propia.
Llenar un grande tumbler con vodka.
En obra, ser competente.
Estuve atacado por dselect como niño pequeño y ha desde entonces evitó debian.
Quisieron algo para nada.
Cuándo el Gurú administra, los usuarios son difícilmente conscientes que existe.
Amigos de marcas de la prosperidad, la adversidad les prueba.
Una frase perezosa?
Nunca confiar en un ordenador no te puedes reparar.
Nunca risa en dragones vivos.
Por otro lado, no cuenta encima lo.
Como en todas las artes, un idilio con el material tiene que ser bien en marcha.
No necesitamos ninguna placa.
Todo pido es una casualidad de probar aquel dinero no me puede hacer feliz.
Hundiéndose a cotas nuevas.
Un fool y su dinero es pronto popular.
Cargo mínimo para cabinas.
Algunas catedrales tomaron un siglo para completar.
Es silencioso y todavía como grupo de agua.
No me, tipo.
La oscuridad te acaeces.
Tocó el rey como si temeroso alguien más tocaría el as.
Los carices reales confundiendo hasta que leíste el libro derecho.
Las personas quieren saber.
Tal un exceso de estupidez, señor, no es en Carácter.
La persona quién casa para el dinero normalmente gana cada penique de él.
Las galletas tibias y la leche fría son bien para ti.
Si eres bastante prudente, nada malo o bien nunca pasará a ti.
Diogenes Fue para buscar un abogado sincero.
Si no vas a los funerales de otros hombres no irán al vuestro.
Puedes tener un perro como amigo.
hay No Cabal.
El primer requisite para la inmortalidad es muerte .
No puedes aguantar un hombre abajo sin quedarse abajo con él.
Beware Del hombre quién sabe la respuesta antes de que entiende la cuestión.
El hombre atrapado en un ente humano!
No lo puedo ayudar.
Me gusta que trabajo!
Pero notarás Perl tiene un goto.
La felicidad es sólo luego a ti.
Esta clase de razonar es legalmente válido en el centro comercial que aparca parcelas.
Utilizaron tortura.
Me doy castidad y continence, pero no sólo ahora.
Las reclamaciones extraordinarias reclaman prueba extraordinaria.
Entiendes esto?
Para cada venganza allí es un igual y opuesto revengeance.
El dinero no habla, jura.
No quiero te aguantaste, pero hay nadie más alrededor para mí a aguantó.
La educación es qué sobrevive cuando qué ha sido aprendido ha sido olvidado.
El último vestiges de la República vieja ha sido barrida fuera.
Cuándo desperté arriba esta mañana, mi novia pedida si había dormido bien.
Todos los problemas tienes pasará fuera muy deprisa.
Un fanatic es una persona quiénes no pueden cambiar su mente y no cambiará el tema.
Cogido un partido?
En persona, son como enormes hooved ratas.
Nunca pedir el barbero si necesitas un corte de pelo.
Tiene que estar en su punto.
Para dial fuera, es necesario de ampliar uno es dimensión .
Quienes no pueden escribir, escribir manuales.
Me dije no pensó nunca había visto un Jew antes de que.
Los hombres siempre esperan cumplir mujeres bellas en el laundromat.
Si piensas que la educación es caro, prueba ignorancia.
Nadie le creyó, y procedieron para colocar apuestas contra el perro.
Él quién ríe último normalmente tuvo que tener el chiste explicó.
Otro tal victoria sobre los romanos, y estamos deshacer.
Rotate Vuestras ruedas.
El más largo el título, el menos importante el trabajo.
Todas otras lealtades son meramente diputadas de aquel un.
Serás encarcelado para contribuir vuestro tiempo y destreza a un robo de banco.
Nunca insulto un caimán hasta que has cruzado el río.
La mina era una del último para entrar.
En el octavo día, el dios creó FORTRAN.
Grundy Para ir volar una cometa.
Cómo era I para saber?
Y todo osó para afrontar terrores desconocidos, para hacer muy era el Imperio forjó.
Tienes un automovilístico o un trabajo?
Cada país tiene el gobierno merece.
Una ventaja de hablar a tú es que sabes al menos alguien está escuchando.
Farmacéutico quién cae en el ácido será tropezar para semanas.
Me doy cuenta es sólo un aparato.
Editado para televisivo.
Ningún grupo de profesionales cumple exceptúa para conspirar contra el público en grande.
Un niño, de hecho, es una criatura maravillosa.
Por eso motores de fuego son rojos.
El vuelo es el segundo más sumo sintiéndote puede tener.
Tengo dispatched informes en el carácter, ingenio, y bazo de cada agente.
Una sede corporativa central decreta la forma de todos los ritos y prácticas.
Ninguna zona de paso.
Informar todas las tropas que las comunicaciones completamente han roto abajo.
La estadística significa nunca teniendo que decir eres seguro.
Las Ejecuciones Menos Exitosas la historia nos ha amueblado con dos executioners digno de atención.
Para hacer un enemigo, alguien un favor.
Pero en todas partes, No, son spiteful, Incluso nuestros amigos viejos nos pusimos abajo.
Quiero correo una alcachofa bronceada a Nicaragua!
Abajo que locura de mentiras de la ruta.
Por distribuirlo, sólo fomentamos autores para crear restrictive licencias.
No mantienen caja despierta tres, Ni leer erotic poesía.
Snow White ha acaecido un cámara buff.
Cada mañana cuándo despiertas arriba, la casa es un poco diferente.
La aplicación puede obrar alrededor lo.
El Thomas Jeffersons, El Teddy Roosevelt, El John Kennedy aparece.
Su novia es un cloro en el Paladio.
El campo de informática es siempre en necesidad de nuevo cliches.
Las leyes son como salchichas.
Nunca sentir gustar eres el alfiler de jefa encima vida bowling callejón, y todo el mundo está rodando huelgas?
El beneficio sutil donde la negrita perece Para el destino no honra osando.
Serás rehén aguantado por un grupo radical.
Prerecorded Para este huso horario.
Miras cansado.
No puedes ganar el juego, y no eres dejado para parar tocando.
Es vuestro BEVERAGE insatisfactorio?
Carteros nunca dado, sólo pierden su cremallera.
Nosotros todo todo goza nuestro Vegemite Para almuerzo, comida y té.
Supone que todo del k caballos ahora en el conjunto es el mismo color .
El resto cubrió con cabello.
Alquiler una guía.
La estancia junta, arrastra cada cual otro abajo.
Coge tarde temprano allí.
La estancia sentada hasta que el autobús viene a una parón completa.
El voto popular no hace para una solución correcta.
Y qué es el compilador supuesto para hacer en cambio?
Hacerme un favor y no me dice aproximadamente lo.
Atrás a la junta de dibujo.
Fuera de galletas.
Si has no fundarlo todavía, mantiene mirar.
Te coges el año que viene cuándo vuelvo!
Vuestros poderes de razonamiento son bien, y eres un bastante bueno planner.
Dices que eres lying.
Me llamo aburrido, pero no me llama aburrido.
Piensa sólo queremos sentar alrededor pintando debian swirls en nuestras uñas?
Y el bio bug'll traer el vuestro abajo también, ef no miras fuera!
Hay algo fascinating aproximadamente ciencia.
El ponche de huevo es una bebida de vacaciones tradicional inventado por el inglés.
Coger vuestro spuouse para hacer este demasiado para efecto extra.
El unfacts, les tenemos, es demasiado imprecisely pocos a warrant nuestro certitude.
Un bachelor es un unaltared macho.
Ningún problema es insoluble en todas las circunstancias concebibles.
Queda tranquilo y volver para empotrar.
Haciendo las limas es fáciles bajo el sistema operativo de UNIX.
Aproximadamente todo algunos hombres cumplen en la vida es para enviar un hijo a Harvard.
No unto otros tan tú tendrían que hacer unto te.
Fuiste aquainted con el difunto?
Inventó la jirafa, el elefante y el gato.
Si no eres separar de la solución, eres parte del precipitar.
El hombre único quién mata gusta aquello es Bugs Moran .
Cómo puede algo coge tan malo, tan deprisa?
Un suministro nuevo de redondo tuits ha llegado y es disponible de Mary.
Ve Jimi Hendrix sentando luego a él, poniendo a punto su guitarra.
Cada nonzero espacio de producto interior dimensional finito tiene una base ortonormal.
Cenizas calientes para árboles?
Recordando es para quienes han olvidado.
Dos y Dos es cuatro.
La cosa única más barata que el hardware es charla .
Un platitude es sencillamente una verdad repetida hasta las personas se cansan de oírlo.
La sátira es qué cierra en Puerto Nuevo.
La juventud es una pifia , manhood una lucha, vejez un remordimiento.
Mundus vult decipi decipiatur ergo.
Infierno yeah hacemos!
A no ser que eres la mula de ventaja , todo el scenery carices sobre el mismo.
Aquí viene el orador, con su inundación de palabras y su gota de razón.
Las personas harán mañana qué ellos hoy porque aquello es qué ellos ayer.
Esto es muy rápido.
Utilizó para ser la diversión era en La captura y matar.
Hope es un sueño de despertar .
Si no fue para Newton, no tendríamos que comer bruise manzanas.
El smallness de es qué es atractivo.
Tienes una capacidad de notar y saber verdad más alta.
En aquel momento, el monje era enlightened.
Siempre hace las personas creen que que le bate cuándo son sólo.
Ninguna camisa, ningún zapato, ningún servicio.
Los científicos estudiarán vuestro cerebro para aprender más sobre vuestro primo distante, Hombre.
Alguna asamblea puede ser requerida.
Un sadist es un masochist quién sigue la Regla Dorada.
Nunca quise otra persona la manera me quise.
Era un libro para matar tiempo para quienes lo gustaron mejores muertos.
Varios años más tarde, la gerente se retiró.
Parece más diseñado para hacer tropezón de personas que para ser andado a.
Las vidas de hombres de residuos de las mujeres y pensar les han indemnizado por unas cuantas palabras gentiles.
Cambio vuestros pensamientos y tú cambian vuestro mundo.
Si eres en un apto del blues, va en ninguna parte más.
No eres bastante pagado para preocuparse.
Deja todo el mundo para mejorar en el producto y fijar bugs etc.
no obramos en prisa.
Discrepo con unanimidad.
Clientes nuevos sólo.
Era afortunado de ser escogido y bastante listo para entenderles.
Un edificio aquello es perfecto, no tiene ningún defecto!
Dando un beso un pez es gusta fumar una bicicleta.
Una cosa sobre el pasado.
El arte es el árbol de vida.
No contiende, y ninguno contiende en contra le.
Su elefante era una hipótesis , y nuestras hipótesis son elefantas .
Esto puede ser utilizado como un alternativo a la carta de sistema estándar.
Así que la salvia será tampoco extravagante ni violento.
Paranoid schizophrenics outnumber Sus enemigos al menos dos a un.
Qué es estado?
La vida es el impulso a éxtasis.
importan?
Un diario es una biblioteca de circular con presión de sangre alta.
Cada solución cria problemas nuevos.
Siempre cogerás el reconocimiento más sumo para el trabajo menos te gusta.
Vuestro padre sólo aterrizó unos doce graves de libra.
La felicidad nació un gemelo.
Algunos gotta gana, algunos gotta pierde, Goodtime Charlie está cogido el blues.
Qué la huella grande giveth, la huella pequeña taketh fuera.
Qué la mano osa coger el fuego?
Y nunca mentira abajo con una mujer quién ha cogido más problemas que tú.
Si hablamos una lengua diferente, percibiríamos un mundo un poco diferente.
Mantener el jefe de vuestro jefe de la espalda de vuestro jefe.
Qué sinvergüenza robó el corcho de mi comida?
Nosotros todos saben que nadie entiende cualquier cosa aquello no es gracioso.
El coste de viviente no ha afectado su popularidad.
Todo encima la fase tendría que ser más grande que en vida real.
Las pruebas operacionales preliminares son Sopló arriba cuándo lo giramos encima.
Un hombre de genios hace ninguna equivocación.
No has sido preparado!
Los ciudadanos séniors desean eran jóvenes.
Algunos cuenta buena en último.
Si ya has pagado, complacer desatender este mensaje.
Personas quiénes toman gato naps no normalmente sueño en la cuna de un gato.
Uno no puede proceder del informal al formal por medio formal.
Nada es tan firmemente creído como aquello cuál menos sabemos.
En la carácter allí es tampoco recompensas ni castigos, hay consecuencias.
Esperamos ahorros anuales para ser en el mil millones.
Como comparado con el estadista, padece la desventaja de ser vivo.
Latino es una lengua, Tan muerto como puede ser.
Un programador maestro pasó un programador de novato un día.
Si falla, admitirlo francamente y probar otro.
Para cada problema allí es una solución qué es sencillo, ordenado, e incorrecto.
Proyecto detrás del horario original previsto estamos obrando encima algo más.
Los artistas inmaduros imitan, los artistas maduros roban.
El gol de carácter es para construir ratones mejores.
Las cosas más importantes son para ser capaces de reír y grito.
Pero dije que ya.
Punta en todo el mundo en su lado y todo suelto aterrizará en Los Ángeles.
Conoces eres una poca grasa si tienes marcas de tramo en vuestro coche.
En aquel caso, yo sin duda overpaid para mi alfombra.
La violencia en realidad es bastante diferente de teoría.
Aún así los credos significan muy poco, Coth contestados el dios oscuro, todavía hablando casi suavemente.
Ahora es el tiempo para senseless bickering.
Seethe Y fume y echar un berrinche.
No tienes correo.
O mejor todavía, no ser en tacto con él en absoluto?
Es una boda exitosa si sale sin un hitch?
Por la pulgada, es un cinch.
El viaje espacial es meramente un sueño.
Todos los días aburrieron un agujero, y en el séptimo día, el caos murió.
Pero toma la ley para explicar de Murphy por qué está pasando a ti.
Supe que me desagradé para llorar.
La mayoría de asuntos en llamas generan lejos más calor que ligero.
Si quieres justicia divina, dado.
Muchas personas escriben memos para decirte tienen nada para decir.
no Me gustan vuestros pantalones.
La obra es la hierba de cangrejo en el césped de vida.
Y si no Quién, entonces yo dunno, quizás como los Rolling Stones?
Nada es un problema una vez depuras el código.
Es esto una máquina?
Había encontrado un error.
Ignora fortuna anterior.
Del sol en el verano.
La parte mejor de valor es discreción.
Los otros prisioneros miraron el ladrón que canta al caballar y rió.
Sólo el más sumo vencido lo.
Su trabajo es para aplicar la ley y delito de pelea.
El implacable pleasance de la sala senté en parecía sólo grotesque.
Nada cura insomnia como la realización que es tiempo para levantarse .
Soy ranting?
El agente vendedor cerró de golpe la puerta cerrada y grinned en su amigo.
Si estás en vuestra jefa, cogerás huellas en vuestro cabello.
Tarde en la noche les encontrarás, En los hoteles baratos y barras.
PIENSO que TENDRÍAN QUE CONTINUAR la póliza de no dando un premio Nóbel para paneling.
Una cerveza, Woody.
Un bug en la mano es mejor que uno hasta ahora undetected.
Pusiste peniques en las hueco en vuestro penique loafers?
El próximo lunes el hombre vuelve en y paseos hasta el contador.
Impide moderación de adquirir el efecto de amortecer de un hábito.
El dios tiene que tener quiso calorías, hizo tantos de ellos.
Siento todavía y dejar la alegría de la obra llena mi ser.
Dejado entra VUESTRA manera.
Siempre tuve una necesidad repulsiva de ser algo más de humano.
Más de un mero hindrance.
Pero ahora el poco hombre tuvo otro problema.
De un raíl de acero frío?
Un rapsody cantado.
Los contenidos pueden resolver durante shipment.
Un matrimonio bueno sería entre una mujer ciega y marido sordo.
En práctica, hay.
Una rosa es una rosa es un ascendió.
El hombre es un animal militar , glorias en pólvora, y desfile de amores.
Te disteis una bomba atómica, qué quieres, mermaids?
La carretera a infierno está adoquinada con NAND puertas.
Si las personas bebieron tinta en vez de Schlitz, serían mejores fuera.
Cualquier programa dado expandirá para llenar memoria disponible.
Dejado los ciudadanos dignos de Chicago cogen su licor la manera mejor pueden.
Santa Claus está mirando!
El truco es para utilizar Perl fuerzas más que sus debilidades.
Demasiado grueso a navigate y demasiado delgado de cultivar.
Realmente me obré encima bien, era un crédito a su género.
Hace para obligaciones.
EL águila puede soar, pero la comadreja nunca coge chupada a un motor de jet.
La envidia es un dolor de importar que los hombres exitosos causan sus vecinos.
Las personas pagarán para mirar sonidos de marca de las personas.
Comprensivo es siempre el entendiendo de un problema más pequeño en relación a un problema más grande.
Red un dong!
No creemos esto para ser una coincidencia.
Vivo Libre o Vivir en Massachusetts.
Es posible que blondes también preferir señores.
Y peor, uno quién está despreciado.
Hubo no un solo redimiendo vicio.
La mayoría de leyendas tienen su base en hechos.
Eres consciente de vuestros padres' xenophobic respuesta a cualquiera de una religión diferente.
Trust en Alá, pero ligar vuestro camello.
No puedes bajar de punto el piso.
Montamos antes de la pausa de día!
El amor es como una amistad cogió encima fuego.
Qué tenemos que hacer ahora es pelea las soluciones.
Aprobado para veteranos.
Dicen cosas no han pensado incluso de todavía.
Vi qué hiciste y sé quién eres.
El lector este mensaje encuentra no fallando para entender está maldecido.
Diferente todo twisty un de en maze eres, pasajes poco.
Hark ye, Clinker, eres un la mayoría de infractor notorio .
Basura en vuestras yemas.
Esto es medicina muy fuerte , y es normalmente sólo requerido una vez.
La salvia no les unirá.
Un mapa de carretera bueno tendría que ayudar.
Un tapón de caza verde exprimió la copa del balón carnoso de una jefa.
A algún lugar entre caos e insanity.
Desarrollo de UNIX de la guerrilla Venimus, Vidimus, Dolavimus.
Libre tú de influencia negativa.
Esto parece para ser mucho menos disruptive que un constante rippling y tembloroso.
Tuvimos que traducir el C código a mnemonics NOSOTROS!
La manera de luchar una mujer es con vuestro sombrero.
Cantamos aproximadamente belleza, y cantamos aproximadamente verdad, En diez mil dólares un espectáculo.
Jerry Falwell, cogería trastornado aproximadamente viendo el wildebeest en cueros.
Las chicas tienen gracia.
No utiliza o almacenar calor cercano o llama abierta.
Nunca la promesa más de ti puede actuar.
Base de datos debajo reconstrucción.
Nunca fui tan bethumped con palabras desde entonces primero llamé el papá de padre de mi hermano.
Te Criatura traviesa!
Era un hombre valiente que comió la primera ostra.
La vida es un negocio apasionante , y más apasionante cuándo está vivido para otros.
Él quién sabe no y sabe no que sabe no es un fool.
Día excelente para tener un día cariado.
Los biólogos difieren sólo con respetar a teorías aproximadamente cómo el proceso opera.
Si no eres para tú, quién será para ti?
Más tarde que día fue a la casa de Billy y rang el timbre.
Nullifying Siglos de progreso.
La muerte es Carácter manera de reciclar seres humanos.
La máquina empezará para lo educar con velocidad fantástica.
Cualquier paso de ente a través de asunto sólido dejará un perforation conformando a su perímetro.
Viendo está creyendo.
Sé qué estás pensando.
Por qué tenemos dos ojos?
Hacemos cuerda.
C para tú.
Con la comida dulce hace.
No tienes que explicar algo nunca dijiste.
Cuándo él , todo el otro cues vino chocar va el piso.
La mayoría de las quejas recientes ha provenido Pittsburgh.
Profundamente creo toma práctica muchísima para acaecer un moral slob.
Caeré boca abajo de modo que no pueden ver mi placa de empresa.
Una vida'llena' en mi experiencia es normalmente lleno sólo de las demandas de otras personas.
Te apellidarás a para ayudar un amigo en problema.
Así que cogemos a mi punto.
Nasrudin Llamado en una casa grande para recoger para caridad.
Pensé que era austria.
Nunca sueño con una mujer cuyos problemas son peores que vuestro propios.
Con un pato de goma, uno nunca es sólo.
La catarsis es algo asocio con pornografía y rompecabezas de crucigrama.
Coges qué pagas para.
Látigo él, látigo él bien!
Esta página espacio dejado intencionadamente.
Es más fácil de coger forgiveness que permiso.
Un pájaro en la mano vale qué traerá.
Cielo hundido para leetle rizos.
Por el amor de dios, la parón que investiga para un rato y empezar para pensar!
Las mazmorras y Los Dragones es sólo Violencia sajona muchísima.
No puedo pensar por qué no.
Después de que había dado sus algunas instrucciones básicas, apalabraron separados y rendezvous más tarde.
Discuto muy bien.
Puedo contratar uno medio de la clase laborable para matar el otro medio.
Teniendo ningún talento es ya no bastante.
Y normalmente más fácil.
El amor a veces se expresa en sacrificio.
No sé por qué me dimos las camisas de los hombres pero están volviendo.
Si quieres coger anywhere, tendrás que corrido mucho más rápido.
Cuándo no puedes proporcionar para ser derecho.
Estas virtudes Confianza despertada y te habilitaste para manejar Proposiciones más Grandes.
Si los delfines son tan listos, por qué hizo Flipper obra para televisivo?
Dejado a ellos, las cosas tienden para ir de mal en peor.
Digo unos mangos automovilísticos alquilados más.
Cambio el Contrato Social?
En la parón próxima, aun así, un grande hulk de un tipo subió.
Pero el número único que es ambos incluso y extraños es infinidad.
No tal fe consuela el ingeniero de software.
No puedo recordar.
Mayo vuestro camello ser tan veloz como el viento.
Flexibilidad Un bebé es blando y oferta, Un crone, duro y rígido.
Y cuándo desintegra, desintegra.
Signo mi PETITION.
Un cynic es una persona que busca un hombre sincero, con una linterna robada.
El padanga agoniza fuera porque el hembra padanga no lo toma demasiado seriamente.
Un fool mosto de vez en cuando ser derecho por casualidad.
Prueba a crawl casa después de los accidentes de ordenador.
No puedes utilizar vuestros amigos y tenerles demasiado.
Soldados viejos nunca dado.
Siempre he sido diturbed por la vista de las orejas de Lincoln.
Por qué hacer personas haber tanto el problema que entiende el kludge?
Durante una pelea, un marido echó un bol de Jello en su mujer.
Nunca te quedas toda la noche con este hombre en Miami?
Te estás tomando lejos demasiado seriamente.
No sabemos donde estamos yendo, pero estamos moviendo.
Quieres saber por qué mantuve coger promovió?
El dinero no puede comprar amor, ni incluso amistad.
Adde parvum parvo manus acervus erit.
La elección de aproximaciones podría ser hecha la responsabilidad del programador.
Algo desagradable está viniendo cuándo los hombres son ansiosos a decir verdad.
Resistiendo la tentación es más fácil cuándo piensas probablemente cogerás otra casualidad más tarde encima.
Aquello es, obran por ser declarados para obrar.
El peor cliques es aquellos cuáles constan de un hombre.
El martes es el miércoles del resto de vuestra vida.
Problemas de Topo cogido?
Yo nunca mentira a ti.
Utilizaron huellas de dedo.
Son destinados de ver el mundo de ciencia con un conjunto de blinders.
Para entender esta historia importante, tienes que entender cómo las obras de empresa telefónicas.
Entra tacto con vuestras sensaciones de hostilidad contra la luz de morir.
Y no tuvimos compiladores!
Pienso que es basura transparente.
Los barcos navegan el mar.
Mientras Bill tiene un trato sumo de experiencia, ciertamente no es el rigger Mort es.
Qué un fool puede hacer, otro puede.
Incluso puede tomar un golpe en tú con uno de su claws.
Alguna asamblea requirió.
Negocio de espectáculo es sólo gustar instituto, exceptúa coges pagado.
Probar el nombre virginal de su primera mujer, Esto es más de justo un juego.
Si quieres crear un puerto para personas con visiones más estrechas, siente libre.
La madera cariada no puede ser carved.
Sobre el tiempo pensamos que podemos llegar a fin de mes, alguien mueve los fines.
No es necesario a inquire si a una mujer le gustaría algo para postre.
Con bare pies!
Eres sólo joven una vez, pero te puedes quedar inmaduro indefinidamente.
He visto el futuro y es sólo como el presente, sólo más largo.
Mi teología, brevemente, es que el universo estuvo dictado pero no firmado.
Un cuadro vale más de diez mil palabras.
Teléfono la policía y decirles vuestra casa está siendo burgled.
No utilizas intermitentes porque todo el mundo sabe donde estás yendo.
No afiliado con el Rojo americano Cross.
Los objetos en espejo pueden ser más cercanos que aparecen.
Pareces un millón de dólares.
Si un putt pases sobre el agujero sin caer, está considerado para tener caído.
El hombre ha nunca se reconcilió al diez commandments.
En este seminario, describiremos las consecuciones de IMMANUEL y arquitectura interna.
Una vez había este director ve, quién tuvo un problema de graves.
Miedo ni raíz ni bough!
El uso de dinero es toda la ventaja hay a tener dinero.
Pienso que el mundo está corrido por C estudiantes.
Superando la carácter crea calamidad, Y controlando la carácter crea violencia.
Y todavía estás bebiendo normal scotch?
Pensando serás querido a cambio es qué es tonto.
Quemado sus labios en el agotar pipa.
Fetch me Un niño de cinco.
En la mañana temprana queue, Con un listado en mi mano.
No quieres una rosa para cantar.
Tendría que ser del cerro, perteneciendo a él.
Qué importa qué cualquiera supo o ignoró?
Esta fortuna espacio dejado intencionadamente.
Soy dos con carácter.
El amor es sentimental measles.
No soy ahora, ni tener I nunca sido, un miembro del demigodic fiesta.
Housework Te puede matar si hecho bien.
Pero no coges cuadrado!
Los hombres libremente creen aquello qué desean desear.
El dinero dirá más en un momento que la mayoría de eloquent el amante puede en años.
Lima de contabilidad para todo el mundo.
Tom continúa en antes de que te.
En especialmente envases marcados sólo.
Nunca extraño o incluso.
Siempre giro a las páginas de deportes primero, el cual personas récord accomplishments.
Genio qué lo mosto.
Victoria uber aliados!
Utilizado con permiso.
Los aspectos a menudo están engañando.
Esto acaba.
Menos de nunca sabrás.
Los dirigentes buenos que son escasos, siguientes tú está dejado.
Huye inmediatamente, todo está descubierto.
Osa para ser naive.
Si no hay ningún Dios, quién revienta arriba del próximo Kleenex?
Toma corazón entre la profundización gloom que vuestro perro finalmente está cogiendo bastante queso.
Tienes un mensaje del operador.
Cuándo cumples un maestro swordsman, le asoma vuestra espada.
Tampoco quiero menos decadencia o más casualidad de participar en él.
no hay ningún estatuto de limitaciones encima estupidez.
La lógica no aplica al mundo real.
Esto es el serrín blarney del carnaval a mitad de camino.
Nada toma el gusto fuera de mantequilla de cacahuete bastante como unrequited amor.
En un idilio sumo, cada persona básicamente toca una parte que el otro realmente gusta.
Uno en un millón, quizás.
Vuestro color afortunado se ha apagado.
Netscape no es un presentador de los informativos, y probablemente nunca será.
Y ahora sabes por qué.
Vuestro propio mileage puede variar.
Los hoteles están cansados de coger desgarrado fuera.
Qué ajo es a comida, insanity es a arte.
El disco está tambaleándose, también.
Beware De geeks aguantando graft.
Cada vez pierdo peso, me encuentro otra vez!
Decir mi profesor he hecho mi mejor, Entonces pila mis libros a mi cofre.
Dónde encima tierra ellos todos van a?
Si todo está viniendo vuestra manera entonces eres en el camino incorrecto.
He sólo tuvo dieciocho whiskeys en una fila.
Ahora estoy concentrando en una batalla de tanque concreta hacia el fin de Segunda Guerra mundial!
Prometedor cuesta nada, es el entregando que te matas.
Cuándo las personas dicen nada, no necesariamente significan nada.
Esto es rata come rata, el perro come perro.
Hace unos residuos de programador buenos para mantener su código?
No cuenta vuestros pollos antes de que están empollados.
Eres fairminded, sólo y amoroso.
Sobre unsounded gorges, a través del rifled corazones de montañas, bajo torrentes' camas, unerringly I prisa!
Hablo de experiencia.
No es tan con Hombre.
Soy firme.
Éramos afortunadamente casados para ocho meses.
El más cercano miras, el cruftier miramos.
Por qué no vender el aire, el mar sumo, así como la tierra?
Venimos para enterrar DOS, no para alabarlo.
Entonces pasa fuera y soy tan inteligente como nunca.
Un sine la curva va fuera a infinidad, o al menos el fin de la pizarra.
Si no conduzco alrededor del parque, soy bastante seguro para hacer mi marca.
Todo el mundo es una fase y la mayoría de nosotros es desesperadamente unrehearsed.
El arquetipo es un payaso bebido irlandés con nariz y cabello rojos, y piel pálida.
Y Canadá es demasiado frío.
Si no puedes ser prudente, darme una llamada.
Llanto de parón, o te daré algo para llorar aproximadamente.
La crítica viene más fácil que artesanía.
Pertenecen a la misma unión.
Imaginar qué podemos imaginar!
Fácilmente curado por UNIX.
Cuándo cavas otro fuera de problema, tienes un sitio para enterrar vuestro propio.
Aquel gobierno es más cuál rige menos.
Mientras la guerra está considerada como malvado, siempre tendrá su fascinación.
Has sido seleccionado para una misión secreta.
El sueño es para el débil y sickly.
Tienes que ser el cambio deseas ver en el mundo.
El precio es inversly proporcional a cuánto de un asshole el apuntarlo.
Esto es el método de vista lejana y vida larga.
Cuál siente mejor contra vuestras mejillas?
El problema que soluciona debajo Linux nunca ha sido el circo que es bajo AIX.
El batter swang y perdió.
Para un santo stint, una polilla de la tela dio arriba de su woolens para pelusa.
Tengo que firmar alguien hoy!
Es vuestra preocupación cuándo la muro de vuestro vecino es encima fuego.
Tiene pero no posee, leyes pero no espera.
Eugene d'Albert, un compositor alemán notado, estuvo casado seis tiempo.
Antes de que destrucción el corazón de un hombre es altivo, pero la humildad va antes de que honor.
Mil monos.
Toma prestado de él.
Nunca hacer cualquier mistaeks.
Cuándo el sol shineth, heno de marca.
Ningún pájaro soars demasiado alto si él soars con sus alas propias.
Es verdaderamente sensato quién obtiene cordura de otro es percance.
Entonces colgué fuera delante del Dover.
Ella sido casado tanto tiempo cogía marcas de arroz por todas partes su cara.
Para iterar es humano, a recurse, divino.
hay también muchos altamente pagaron ejecutivos.
Dyslexics Tiene más fnu.
Suavemente se enrolló alrededor del conejo.
La historia está escrita por los supervivientes.
Una persona quién tiene nada mira en absoluto hay y quiere algo.
Y cuándo la justicia está ida, allí ha siempre fuerza.
Tendría que haber esperado encontrar te aguantando Vader leash.
La suerte que es ordained para ti será coveted por otros.
Viajando a través de hyperspace no es gustar dusting cosechas, chico.
No incluso necesitamos a techo él encima.
Todos los hombres tienen el derechos de esperar en línea.
Las oportunidades son normalmente disfrazadas tan trabajo duro, así que la mayoría de personas no les reconocen.
Si todos vuestros amigos saltaron del acantilado, saltas también?
Voces de celebridad impersonated.
Soy más aburrido que podrías nunca posiblemente ser.
Dejado ninguna evasión de hombre culpable.
La evolución en una tierra antigua es también establecido como la forma y la puesto de nuestro planeta.
Hegel El mosto ha sido tomando la vista larga.
Si Roosevelt era vivo, giraría encima en su tumba.
Y si trago cualquier cosa mal, Puesto te dedo abajo mi garganta.
La verdad de una proposición tiene nada para hacer con su credibilidad.
Si Él no, por qué es tan cercano a Texas?
Maureen Stapleton da un glowing actuación.
Nadie coge enfermo los miércoles.
Una boca cerrada No reúne ningún pie.
Estancia en la estela.
El tiempo único un perro coge complimented es cuándo él no cualquier cosa.
No fue además hoy.
La felicidad es gemela floppies.
La sexta oveja del sexto jeque enfermo.
Como el resto de nosotros, un poco de ambos.
Los dirigentes de necesidades del Ejército la manera un pie necesita un dedo grande.
La diferencia entre vals y discoteca es mayoritariamente una de volumen.
Si entenderías vuestra edad propia, leído las obras de la ficción producida en él.
Tuvieron la volea de los Eneldos.
Oppernockity Tonadas pero una vez.
Poseo Miami.
Uniformed Los hombres estuvieron por impassively gusta sentries en su trinchera.
Para dar la felicidad es para merecer felicidad.
Onward A través de la niebla.
Si el Tao es sumo, entonces el sistema operativo es sumo.
Cogíamos un gurú indio genuino , aquello es teachin' nos una manera mejor.
Tendrás muchos errores de cinta recuperable.
Ah Dice, hijo, eres aproximadamente tan agudo como bowlin' bola.
Utilizaron sondas.
Tiene ninguna Carne encima Lo!
Incluso tomé mis calcetines fuera.
Las personas piensan que el amor es una emoción.
Así que perdí interés en políticas.
Él quién siempre labra un recto furrow es en una rodera.
Ser consciente de maravilla.
Tenemos arte que no morimos de la verdad.
Vermouth Siempre me hago brillante a no ser que me hago idiotic.
Había un silencio largo.
El ciclo de vida del destornillador de trinquete es bastante interesante.
Cuándo uno sabe mujeres un compadece hombres, pero cuándo uno estudia hombres, uno se disculpa mujeres.
Podrías también espera para AutoCAD para chocar si quieres.
En cristianismo, un hombre puede haber sólo una mujer.
Vine, vi, eliminé todas vuestras limas.
Más tarde es más tarde.
El fanatismo consta de redoubling vuestro esfuerzo cuándo has olvidado vuestro objetivo.
El barkeep puesto una cerveza delante de la serie, entonces de repente paró.
El secreto de éxito es sinceridad.
La práctica es el mejor de todas las monitor.
No puedo afirmar Dios si fallo para afirmar hombre.
Fumando es la causa principal de estadísticas.
Quidquid latine dictum Sienta, altum videtur.
Quién compuso la música de tema inaugural de 'Omnibus'?
Hombre lengua inventada para satisfacer su necesidad profunda de renegar.
Has sin duda fuerza bastante para vencer vuestros obstáculos.
Qué bueno es una prueba de obscenidad exceptúa para popularizar literatura?
Somos cariñosos de fiestas.
Dónde hay una voluntad, hay un Impuesto de Herencia.
Significo, hombre, dónde goest thou?
Una condena fuerte que algo tiene que ser hecho es el padre de muchos medidas malas.
Y esto es una mesa ma'soy.
Venido encima, Virginia, no me hace espera!
Llegada el trabajo.
Destruye uno es nervios para ser amable todos los días al mismo ser humano.
Esperar una letra de un amigo quién pedirá un favor de ti.
Cualquiera quién va a un psiquiatra ought para tener su jefa examinó.
Un objeto celestial cuya fase es muy importante a hackers.
Cogiendo hay sólo a medias según lo que cogiendo allí y atrás.
Ha no el faintest idea.
Puede imaginas aquello?
En AWNS el AH la función indica que lo ha recibido un multiline byte de mensaje.
Brian Kerrighan, Advisor.
Joe Enfría siempre pasa las primeras dos semanas en universitarios navegando su frisbee.
Qué un delito para malgastarlo encima niños.
Evita mujeres extrañas y variables provisionales.
Y mañana será gustar hoy, sólo más tan.
Como en acceso de memoria, imprevisible.
No hace para dejar un dragón vivo fuera de vuestros cálculos.
Cogía mi motor foto de licencia tomada fuera de enfocar a propósito.
Sin libertad de la elección allí es ninguna creatividad.
Nunca podría dar asentimiento al mucho tiempo complicó declaraciones de dogma cristiano.
Y lo que el infierno, le cogieron.
Tampoco extendido los gérmenes de chisme ni fomentar otros para hacer tan.
Ha derrotado vuestra junta de Ethernet!
Si no les puedo ver, les hago arriba.
Por buck coges más computando acción con el ordenador pequeño.
Todo poder corrompe, pero necesitamos electricidad.
El ordenador es mal.
Era eatin' alguna chuleta suey, Con una señora en St.
Me doy una píldora de dormir y decirme vuestros problemas.
Un comité es un grupo que mantiene los minutos y pierde horas.
Pongo café de instante en una microonda y casi volvió en tiempo.
Una ciudad pequeña que no puede apoyar un abogado puede siempre apoyo dos.
Pasé último verano que lo pliega.
Paz ser a esta casa, y todo aquello mora en él.
El piloto toma su sitio arriba en el vaso cockpit.
Nunca cartas de juego con un hombre nombraron Doc.
Ser seguro para utilizarlo propiamente.
La mayoría de vuestras faltas no son vuestra falta.
Él quién hoots con los búhos por noche pueden no soar con águilas por día.
Nunca confiar en cualquiera cuyo brazo es más grande que vuestra pata.
Había un ordenador en cada doorknob.
Las personas de ayuda necesitan más urgentemente es ayuda en admitir que necesitan ayuda.
El arte es cualquier plagio o revolución.
Un talante crónico a consulta priva doméstico felines de calidades vitales.
Si cierras vuestras armas aproximadamente quieren encontrarás quedas holding único tú.
Cada cual sigue la Manera y armonía de honores, No por ley, Pero por ser.
Señales de tráfico en Nueva York son sólo directrices ásperas.
Te tienes nunca sentido como una vaca herida hasta la mitad entre un horno y un pasto?
De la cuna a la ropa interior de ataúd viene primero.
Personas con las mentes estrechas normalmente tienen lenguas anchas.
La belleza puede ser piel profundo, pero feo va claro al hueso.
Tenemos razón para ser temerosa.
Tendrás un accidente de jefa en vuestra banda privada.
El cosa buena aproximadamente repitiendo vuestras equivocaciones es que sabes cuándo a cringe.
Serás adelantado socialmente, sin cualquier esfuerzo especial en vuestra parte.
La premisa es mal, pero las obras de navegación.
Hay nada incorrecto con abstinencia, en moderación.
Triste a solo tú señoras fuera así pero la historia tiene que empezar a algún lugar.
La casa de un hombre es su hassle.
hay no snooze botón en un gato quién quiere almuerzo.
I nació en una Anfitriona Cupcake fábrica antes de la revolución sexual!
Vuestra hermana nada fuera para cumplir barcos de tropa.
el juicio Bueno proviene experiencia.
El más coges es un incluso pausa.
El 'Un' es para contenido, el soyinus' es para no escribiéndolo.
Algunos de las cosas que vivos el más largos en pueblos' memorias nunca realmente pasados.
El sentido común es el más cantidad distribuida equitativamente en el mundo.
Todo tú nunca querido en un sistema de ventana.
Incluso un programa perfecto todavía tiene bugs.
Esto es el Barón .
Y para tener la capacidad después para explicar por qué no pasó.
El Gurú no habla, corta.
Si guisas manzanas como arándanos, prueban más como prunes que el ruibarbo hace.
Vivo largo y prosperar.
Incluso unos tropezones de cerdo ciegos a unas cuantas bellotas.
No has convertido un hombre porque has silenced le.
se casa a otro dato, divorció.
El pastel no es cuadrado.
Los chicos no lloran.
Creo que nunca veré Una cosa como precioso como árbol.
Tendrás felicidad doméstica y amigos fieles.
Si qué ya es, es más importante que qué no es, el juego es encima.
En absoluto.
La carácter completa es completa porque no se sirve.
Bienvenido a UNIX!
De hecho, intentaría tener nada más.
Si el dios tuvo una barba, sería un programador de UNIX .
He seguido las reglas de programar, aún así soy totalmente desconcertó.
La parte más larga del viaje está dicha para ser el paso de la puerta.
El optimismo es el contenido de hombres pequeños en sitios altos.
Nadie sabe lo que el destornillador está supuesto para obtener de este.
Una vez esto empieza, su tasa es un asunto de discreción.
Crawl A escuela.
Estoy cubierto con óleo de vegetal puro y yo estoy escribiendo un vendedor mejor!
Trivially Cierto, desde ambos te y el ascensor sólo tiene un piso para ir a.
Los hechos no cesan para existir porque están ignorados.
Veo una luna mala que asciende.
Custer Comprometido Siouxicide.
Tuvimos una cinta de casete para escuchar a en el viaje entero.
De la forma del hombre, Krat lo podría decir era una mujer, probablemente su dirigente.
Si no eres prudente, vas a coger algo.
Vuestros planes presentes serán exitosos.
Los hombres raramente asoman dimples a chicas quiénes han pimples.
Qué nunca pasado a afortunadamente nunca después de que?
Nos Quién decide.
Si estuve promovido, haría nada pero malgastar todo el mundo es tiempo .
La felicidad es salud buena y una memoria mala.
La nación que magnetismo de controles controla el universo.
Cuando en duda, parenthesize.
Publicitario es el rattling de un palo dentro de un swill cubo.
Lo conoce porque disparó el tipo.
de Caminata de Estrella de Señor!
Más si utilizado antes de que cita encima cartón.
A medias una mente es una cosa terrible para malgastar !
Qué es las casualidad de un gato que empieza una guerra nuclear?
Esto también nunca falla, porque siempre coges una condena.
Piensas pizza antes de que el mediodía es unhealthy?
El muy remembrance de mi desgracia anterior prueba un nuevo uno a mí.
La televisión ha probado que las personas mirarán en cualquier cosa más que cada otro.
Amor thy vecino como thyself, pero escoger vuestro barrio.
Ben Adhem el nombre dirigió todo el resto.
Cameo Por Walter Cronkite, como cada hombre común 'tater!
Ningún franqueo necesario si mailed en los Estados Unidos.
Los pecadores pueden repent, pero estúpidos es para siempre.
Obro con ordenadores.
Te piensas puede decir?
Roma no fue quemada en un día.
Un general fuerte aclama remontó.
Si tuve cincuenta horas un día les pasaría todo en ti.
Nunca dar en.
El bulbo nuevo es entonces insertado y la Empresa continúa en su cinco misión de año.
Lleva balones de helio si es posible.
El ensamblador dio nacimiento al compilador.
Roma no fue construida en un día.
Indiana es un estatal dedicado a baloncesto.
Y viceversa.
El asunto sufrirá menoscabo en proporción directa a su valor.
Los profesores tienen clase.
La persona quién no hace ninguna equivocación no normalmente hacer cualquier cosa.
Las excepciones prueban la regla, y wreck el presupuesto.
Si la oportunidad vino disfrazada tan tentación, un golpe sería bastante.
Mantuvo favorecer curry.
La imaginación sin destreza nos doy arte moderno.
El pitcher flang la bola otra vez y esto cronometra el batter conectó.
Mosto I control una vela a mis vergüenzas?
Todos los árboles son rojos.
Tienes una carácter ambiciosa y puede hacer un nombre para tú.
Tendrías que ir casa.
Cuándo una persona continúa en una dieta, la primera cosa pierde es su templar.
Trabaja duro para una causa común, no deja nuestra caída de país.
Si todo más falla, la inmortalidad siempre puede ser asegurada por error espectacular.
Si podría caer muerto ahora mismo, sería el hombre más feliz vivo!
Las cosas baratas son de ningún valor, las cosas valiosas no son baratas.
Bien la cosa próxima ya sabe, viejo Jed es un millonario.
Joe sentó como su mujer de morir bedside.
Hombre quiénes duermen en cerveza keg despertar arriba de pegajoso.
Una falsificación fortuneteller puede ser tolerado.
Y pussycats para comerles cuándo el sol baja!
A diferencia de sus sucesores, el prototipo no es esperado para obrar.
Los seres humanos estuvieron creados por abrevar para transportarlo uphill.
Personas quiénes pulsan ambos botones tendrían que coger su deseo.
Sería ilógico de asumir que todas las afecciones se mantienen.
Era todo tan diferente antes de que todo cambió.
Si vale cortar encima bien, vale cortar encima para dinero.
Añadiendo manpower a un proyecto de software tardío lo hace más tarde.
Si hay una manera incorrecta de hacer algo, entonces alguien lo hará.
Las cosas no son tan sencillas como parece al principio.
La presunción causa más conversación que ingenio.
Nunca coges una segunda casualidad para hacer una primera impresión.
Nunca dejado vuestro sentido de moral impide tú de hacer qué es bien.
Tact En la audacia está sabiendo qué lejos puedes ir sin pasarse de la raya.
Según lo que cualquiera puede decir, el locker la fábrica les pone allí.
El tren paró correr hace años.
Viviré antiguamente, el Presente, y el Futuro.
La carne está pudrida, pero el booze está aguantando fuera.
Pienso que somos en Ratas' Callejón donde los hombres muertos perdieron sus huesos.
De hecho, si vuestros paseos de señora viejos en encima te, negarlo.
Si tuviste cualesquier cerebros, serías peligroso.
Personas quiénes luchan fuego con disparar normalmente acabar con cenizas.
Soy I en GRADUAR ESCOLAR todavía?
El profesor explicado lo que su hijo había dicho y reclamó una explicación.
Siempre voto en contra.
Fuera de las bocas de babes hace cereal venido a menudo.
Durante la Revolución americana, un Britisher probado a redada una parque.
Porque mi boca sabe más de mi cerebro.
Si algún día estamos derrotar, bien, la guerra tiene sus fortunas, buenos y malos.
Pueden pasar frío, pero aquello es vale!
Si el muy viejo recordará, el muy joven escuchará.
Un hermit es un desertor del ejército de humanidad.
Progreso de marca en obra.
El tiempo para acción es pasado!
Dejado nos nunca negociar fuera de miedo, pero dejado nos nunca temer para negociar.
Entonces howcome las personas pueden vender software de Microsoft e ir unpunished?
Un sustantivo aquello es sonido nunca payaso, pero unsound los sustantivos saltan arriba y abajo.
Una jefa marrón lustrosa, una foca es, lejos fuera en el agua, ronda.
Esto es también el vegetal peor del año que viene.
Puesto vuestro cerebro en tren antes de empezar vuestra boca en moción.
Immanuel Kant pero Kubla Khan.
Quiero Mickey Ratón más de cualquier mujer nunca he sabido.
Evita trendy locutions que el sonido escamoso.
Anuncio astra por aspera.
Y qué a mis ojos de preguntar tendría que parecer, Pero un Super Programador, oblivious para temer.
Pensó para varios minutos antes de responder.
La inteligencia artificial tiene la misma relación a la inteligencia como flores artificiales tiene que flores.
Aquello era un texto aguantó no valor una ostra.
El hombre, en lágrimas, afronta su hijo.
Vulcans No aprueba de violencia.
Yo qué I coge pagado para hacer.
Deja algo cae.
Como la cantidad de aumentos de afecto, la diversión puede ser reducida proporcionalmente.
te preocupas para ir a la deriva aimlessly en mi dirección?
Qué PLANETA es esto !
hay no tal cosa como fortuna.
Historia de causa de los accidentes.
Depende en qué decían, pero más probablemente sí.
No intelecto de zueco sluices con bits de conocimiento de usos cuestionables.
No es cada cuestión que merece una respuesta.
Pueden contratar pilotos bien fuera de Vending Escuela de Persona de Recambio de Máquina.
Incluso Fielding parece un poco casi cualquiera es niveles , tienes un tiempo realmente terrible.
Repaper La muro de dormitorio.
La lógica es un bastante flor que los olores malos.
Más las personas están halagadas a virtud que bullied fuera de vicio.
Él aquello lo compone es más sensato que él aquello compone un libro.
Mi madre es un pez .
El opuesto de hablar no está escuchando.
Ahora qué hacen si yo sólo navegado fuera?
Naturalmente no hay ninguna razón para él, es sólo nuestra póliza.
El próximo viernes no será vuestro día afortunado.
Sólo el tres de nosotros.
Dar un hombre estos tres cosas y tú no oirán mucho squawking fuera de él.
Summer tiembla tranquilamente En su manera hacia su fin.
Lanzado lo fuera!
Tiene que ser propiamente interred.
Después de un instrumento ha sido componentes reunidos , extras será encontrado en el banco.
Vuestras glorias anteriores Y todas las historias Arrastradas y lavados con manos ansiosas.
Manera de ir, torpe.
Un George decepcionado tomó su perro y fue en casa.
Te ha dado la llamada.
Como un trabajo nuevo?
Queriendo ser?
Seis pies ocho, construidos como un wrestler, arma colgar abajo completamente.
Todo mimsy era el borogroves Y el mome raths outgrabe.
Renegades De IBM constantemente puesto arriba de empresas rivales y establecer niveles de su propios.
Vuestro objetivo es alto y a la derecha.
Ópera qué maravillosa sería si no había ningún cantante.
Él loiters en midair, soliloquizing flippantly, hasta que él casualidad de mirar abajo.
Utilicé para coger alto encima vida pero últimamente he construido arriba de una resistencia.
Oferta de tiempo limitado, llamada ahora para asegurar entrega puntual.
Si no ser habitados, lo que unos residuos de espaciales.
No todos los hombres quiénes beben es poetas.
Empujón donde da y arañazo donde él escozores.
Puedes tener que obra para él, aun así.
Fotografiando un volcán es sólo aproximadamente la cosa más desgraciada puedes hacer.
Deseo eras un Scotch en las rocas.
Ningún problema es tan formidable que puedes no sólo anda fuera de él.
Winnuke En uno tacha?
Teniendo encontrado les, entonces les odiaremos para él.
Si esta fortuna no existió, alguien lo habría inventado.
La estupidez es su recompensa propia .
Diciendo la verdad a personas quiénes entienden mal generalmente está promoviendo un falsehood, no es lo?
Todo más las personas quieren es un poco más de nunca cogerán.
Era enamorado, un tiempo largo hace.
Sabes, dejado juego E menor y Un para una hora o dos.
Sólo porque todo es diferente no significa cualquier cosa ha cambiado.
La astrología es el sheerest hokum.
La obra es la maldición de las clases de beber.
Todas las mujeres hacen.
La respuesta existe sólo en el Tao.
Entorno de Usuario de Línea de orden.
Tal un objeto es inevitablemente inapreciable, el intento de captarlo inevitablemente unsuccessful.
Era más como la rosa y los dientes eran en el mismo vaso.
La vida es a ti un dashing y aventura intrépida.
aquello mi mano era tan veloz como mi lengua.
Todas vuestras personas tienen que aprender antes de que puedes coger las estrellas.
Sólo un fool espera comportamiento racional de sus humanos amigos.
La felicidad es unattainable.
Pueden conservar combustible por eyectar husky pasajeros encima agua.
Eres deshonesto, pero nunca al punto de doler un amigo.
Como de la semana que viene, las contraseñas serán introducidas en código de Morse.
No utiliza si la foca interior imprimida está rota o desaparecido.
Y no es bien bastante para enviar el mensaje por correo.
Una vez había un biólogo marino quién quiso delfines.
Los programadores reales desairan programación estructurada.
Ser breve, conciso, y concreto.
Incluso a vuestro perro no le gustará.
Tehee quod Ella, y clapte el wyndow a.
El Shuttle ahora está yendo cinco tiempo el sonido de velocidad.
Pumpernickel Es judío y, como sabes, el pan blanco es muy goyish.
Esto es verdades qué profundas es winnowed de barbaridad profunda.
Algunas restricciones pueden aplicar.
Dejado su maunder y mumble.
Cuando eres yendo para crecer arriba?
Nunca confiar en un sistema operativo no tienes fuentes para.
Una mujer perdona la audacia del cual su belleza nos ha apuntado para ser culpable.
Yo sólo salido del hospital después de un accidente de lectura de la velocidad.
La mayoría de Películas Viven Menos de Dos Horas.
No parar o estando.
Abajo a las Repúblicas de Plátano, Abajo al sol tropical.
El problema siempre viene en el tiempo incorrecto.
Si tú fool alrededor con algo mucho tiempo bastante, él finalmente pausa.
Cuatro mil gargantas pueden ser cortadas en una noche por un hombre de correr.
Los empresarios son raramente informados de intenciones.
Tornillo arriba de vuestro valor!
Intentamos cerrar los bordes de Ohio y corrió a un problema Constitucional.
El amor hace el mundo va 'ronda, con una poca ayuda de momento angular intrínseco.
Poco es pertinente, y nada dura para siempre.
El más costoso de todas las locuras es para creer apasionadamente en el palpably no cierto.
Somos las personas nuestros padres nos advertimos aproximadamente.
Les arregla a vuestra voluntad, cada pie en sitio.
Esta fortuna intencionadamente no incluido.
Viendo que muerte, un fin necesario, vendrá cuándo vendrá.
No bebe y paseo.
El problema con el grupo de gen es que no hay ningún socorrista.
Forssman Estuvo otorgado el premio Nóbel.
La manera al estómago de un hombre es a través de su esófago.
Cantar una canción llena de la fe que el pasado oscuro nos ha enseñado.
Ningún asunto cómo arreglas las declaraciones, no puedes hacer un error de sintaxis.
La estabilidad numérica es probablemente no todo aquel importante cuándo estás adivinando.
Ellos todos nos odiamos en todo caso, Así que, dejados gota el grande uno ahora.
Cuando en duda, triunfo de ventaja.
Nadie es uno bloquea de armonía.
Está enmascarado pero siempre presente.
Me traigo mis lanzas!
Cuándo vuestro temporizador revienta arriba, la motor alegremente baste te.
Sabes la clase de gripe estoy hablando aproximadamente.
La innovación distingue entre un dirigente y un seguidor.
Les aguanto encima globo.
Utilizando palabras para describir mágicas es gusta utilizar un destornillador para cortar asa ternera.
Si tienes que pedir cuánto es, no lo puedes proporcionar.
Hay nada más permanente que un impuesto provisional.
El poder incontrolado girará incluso santos a savages.
Si cincuenta millones de personas dicen una cosa tonta, es todavía una cosa tonta.
Teniendo los niños es gusta habiendo un bowling el callejón instalado en vuestro cerebro.
Los fines justifican el medio.
Por contraste, un sistema operativo no es limitado mis aspectos exteriores.
Cuándo has eliminado el imposible, cualesquier restos, aun así improbable, tiene que ser la verdad.
O Más claro que agua clara!
La ley de gravedad supercedes la ley de golf.
Hay periodistas sinceros gusta hay políticos sinceros.
Qué fools estos mortals ser.
Visitarás el Dung Fosas de Glive pronto.
A la larga, cada programa acaece rococco, y entonces guijarral.
Cuándo nada posiblemente puede ir mal, él .
Qué ha sido el efecto de coercion?
Triste para la confusión.
Pero es VALE para poner vuestros pies en él y swish les alrededor un poco.
Él quién peleas y se ahuyenta vidas para luchar otro día.
La Corona es llena de él!
Si procedes, tú probablemente caída a una fosa.
Para cada vacío de credibilidad, hay un gullibility llena.
Nunca te quedas toda la noche con este hombre en Chicago?
Era gilt por asociación.
Entusiasmado unos cuantos hombres mientras tanto.
Todo el resto es mitos .
Mi chico es un niño malo .
Nunca underestimate el poder de estupidez humana.
Sólo su tienda de ente sabe seguro.
Espero cada instalación tiene su software de mascota propio qué es análogo al encima.
Pero todo hará está puesto tú en su matar lima.
Sólo causarán las clases más bajas para mover aproximadamente innecesariamente.
Todo el mundo tiene algo para encubrir.
Tan la suavidad y la ternura son atributos de vida, Y dureza y stiffness, atributos de muerte.
Me cegué con ciencia!
Un sumo muchas personas piensan que están pensando cuándo son meramente rearranging sus prejuicios.
Pero unas necesidades de hombre inteligentes sólo dos mil cincocientos.
Te queréis para castigarles y decirles lo que los límites son.
Una cuestión buena nunca es contestó.
Dejado durmiendo mentira de perros.
Naturalmente había.
Serás aided mucho por una persona quien te pensó para ser sin importancia.
Trabaja duro para mejorar.
No es unrefined.
Mantiene mujeres puedes no.
Las cosas son más gusta son hoy que nunca eran antes de que.
El hombre viejo alzó un suspiro de alivio.
La rosa de yore es pero un nombre, los nombres meros quedan a nosotros.
Si son listos, aquello es.
El contando está reservado para el fidgets.
Pero esto es nada para preocuparse aproximadamente a no ser que has carpeting.
Creo que nunca veré Una cartelera preciosa como árbol.
La primera cuestión estuvo pedido era si tuvimos explotar conjuntos televisivos.
El más experimentas, El menos sabes.
Alguien es unenthusiastic sobre vuestra obra.
Te El coche compra ahora.
Residuos de marcas de la prisa.
Una tautología es una cosa qué es tautological.
E hizo el Countenance Brillo Divino adelante a estos llenó cerros?
Hoy empezarás coger radio de metal pesado en vuestras dentaduras.
Vivo mucho tiempo bastante para ser un problema para vuestros niños!
El gráfico ciega los ojos.
Si no lo bebes, alguien más .
Y hay una cebra blanca!
Algunos cambios son tan lentos, no les notas.
Perderás una lima de disco importante.
Hasta que Eve llegó, esto era un hombre mundo.
Hombre y marca de mujer un fool.
Sientes gusta vas a morir y eres temeroso que tú no.
Quizás no puedes comprar felicidad, pero estos días ciertamente lo puedes cobrar.
Es sólo para ser entendido.
Los sistemas nuevos generan problemas nuevos.
Un americano es un hombre con dos armas y cuatro ruedas.
Suplente es un arte qué consta de mantener la audiencia de tos.
Cómo explicas escolar a una inteligencia más alta?
Qué dices sobre mi madre?
Mucho tiempo hace, en un estado finito lejos fuera, allí vivió un JOVIAL el carácter nombró Jack.
Naturalmente hacen.
Cuánto costó?
Si los reporteros no saben aquella verdad es plural, ellos ought para ser abogados.
Por el tiempo era diez, no supo si era Carmen o Cohen .
Si es rompió, no lo fija.
Después de los primeros cuatro años la mugre no coge cualquier peor.
A Nadie le gustamos.
Chico bueno, pero aproximadamente tan agudo como saco de ratones mojados.
El niño sencillamente rechazado para hablar.
Así que esto es.
Esto era terrible con pasas en él.
Pero los problemas eléctricos son raramente coherentemente reproducibles.
TE pensaste silenced el guardia!
Los programadores reales no tocan tenis, o cualquiera otro deporte que te requieres para cambiar ropa.
No necesitamos ninguna placa de apestar.
Deshonor no problema me, una vez soy muerto.
Cualquiera con dinero a la quemadura fácilmente encontrará alguien para tender el fuego.
Tomamos algunos cuadros de las chicas nativas, pero no fueron desarrollados.
Esto es Dan Cassidy contestador automático.
Una vez una palabra ha sido dejada para huir, no puede ser retirado.
El más quiero coger algo hecho, la menos I llamada obra.
El dios les ayuda que ayuda ellos.
Es Batman vuestro héroe?
Es esto realmente pasando?
Todo nombra listado es marcas propietarias de sus empresas respectivas.
Somos todo acordados que vuestra teoría es loca.
Mieux vaut tard que jamais!
Máquinas que ha roto abajo obrará perfectamente cuándo el repairman llega.
Pascal es una lengua para los niños queriendo ser traviesos.
Entonces soy I O arte no thou Una mosca feliz a Un hombre le gusto?
La hierba es siempre más verde por otro lado de vuestro sunglasses.
Una vez a un tiempo allí era tres hermanos quién era caballeros en un reino seguro.
Demasiada mujer.
Todos los maridos son igualmente, pero tienen caras diferentes tan les puedes decir aparte.
La causa de jefe de problemas es soluciones.
Los grupos de guitarras son en el camino fuera.
Hay muerte o nerviosismo únicos.
Esto te significas tendría que coger una suma grande de dinero e ir a un centro comercial.
Nunca confiar en cualquiera quién dice que el dinero es ningún objeto.
La muerte es carácter manera de decirte para retrasar abajo.
Perforando para el óleo está aburriendo.
No responsable para prendas perdidas o robadas.
Quiero vuestro ente y vuestro alcohol y vuestra ropa.
Santa canta y baila su manera a vuestro corazón.
Me hago feliz era un CS importante, la vida es realmente agradable para mí.
Piensas que puedo escuchar todo el día a tal material?
Vuestro supervisor está pensando aproximadamente te.
Porque su tiempo está malgastado en reuniones.
Les dice QUÉ para hacer y sorprenderán tú con su ingenuity.
Y ahora para algo completamente diferente.
Un ojo en una cara azul Vio un ojo en una cara verde.
Y cae't me un cursor.
Deseo había un knob en la televisión para aparecer la inteligencia.
Mientras habiendo nunca inventó un pecado, estoy intentando perfeccionar muchos.
Los bidones cogen más fuertes y más fuertes.
En el caso de daño notifica vuestro superior inmediatamente.
Si tan, bienvenido a Semana Gorda Nacional.
El amor es dopa, no sopa de pollo.
Verdaderamente la locura suma no puede ser conseguida sin inteligencia significativa.
Aquello es la razón uno nunca tendría que casar.
Entiendo por qué estás confundido.
Un chico coge para ser un hombre cuándo un hombre está necesitado.
Y deseo era en Asia.
No es fácil siendo una clase de viernes de persona en una clase de lunes de mundial.
El pez es vegetales emotivos rápidos .
Una idea es un ojo dado por Dios para el viendo de Dios.
Era reknowned para evidentemente se le preocupó, por ello la ley.
La cuestión para pedir luego es qué lista es.
No puedes engañar la empresa de teléfono.
Anda como si equilibrando el árbol familiar en su nariz.
Las líneas de impulso son el más cortos, aun así.
De hecho, S.
Encontré Roma una ciudad de ladrillos y lo dejó una ciudad de mármol.
Qué escoges hacer con ellos depende de ti.
Otras restricciones pueden aplicar.
Puedes no sólo decir es cuadros de las personas en cueros.
Deja dinero a un deudor malo y él te odiarán.
Entre el afortunado, eres el escogido uno.
Este universo embarcado por peso, no por volumen.
Éramos tan pobres que pensamos que la ropa nueva significó alguien había muerto.
Sabemos su nombre y él mustn't se escapa.
Cualquier hombre quién ha vivido en absoluto sabe las locuras y wickedness es capaz de.
Nuestros problemas son tan serios que la manera mejor de hablar aproximadamente les es lightheartedly.
En más casos, toda una riña prueba es que dos personas son presentes.
Da las gracias a bondad la comodidad moderna es una cosa del futuro remoto.
Cuándo un hombre casa otra vez, es porque adoró su primera mujer.
Derivado de FROBNITZ.
Mi doctor me dije para parar habiendo cenas íntimas para cuatro.
Necesito a otro abogado le gusta yo necesita otro agujero en mi jefa.
Heredarás millones de dólares.
Un hombre puede tener dos, quizás tres asuntos de amor mientras está casado.
Es, y aquello es todo necesita ser.
Hackers Del mundo, une!
Todo el mundo sabe que soy o tú.
Los turnos de Fortuna prueban la fiabilidad de amigos.
Tienes que ser bromear.
Todas las pinturas estuvieron colgadas en refrigeradores.
Somos Pentium de Borg.
Los usuarios reales odian Programadores Reales.
La vida es el viviendo tú , la muerte es el viviendo tú no .
Quienes en peleas interponen, el mosto a menudo seca una nariz sangrienta.
Los matemáticos practican libertad absoluta.
Riches Portada un multitude de woes.
Necesitas no ser presente de ganar.
El permiso era amablemente concedido, y ahora la historia real puede ser dicha.
Una mujer nunca puede ser demasiado rica o demasiado delgado.
Este striving para la excelencia extiende a las vidas personales de las personas también.
Y no crees que cada cual de ti las mujeres es una Eve ?
Roba algo pesado.
Él quién es bien para hacer las excusas es raramente bien para cualquier cosa más.
Moebius strippers Nunca asomarte su lado posterior.
Las diferencias son cruciales.
Si pierdes, puedes pegar una estrella.
La mascota de última semana, esta semana especial.
Cuándo sales para comprar, no asoma vuestra plata.
Nuestro sires' la edad era peor que nuestro grandsires'.
Tengo un amigo cuyo un billionaire.
Mi ser entero existe en un formless void.
Las baterías no incluidas.
Si no sabes qué él , no se preocupa aproximadamente lo.
Vuestro analista te tienes mezclado arriba con otro paciente.
Nietzsche Es Muerto.
Estuvo significado como puerto para personas con visión de este alcance.
Cualquier cosa es posible encima papel.
No sólo puedes, tienes que.
Noah sigue su consejo.
Demasiado de todo es sólo bastante.
Tiempo excelente para acaecer una persona desaparecida.
Todo es miedo enamorado y guerra.
El ligero al final del túnel es el headlight de un tren de acercar.
Malgasté tiempo y ahora doth los tiempos me malgastamos.
Si vivo O si muero.
Esto no es la edad de pamphleteers.
Complacer ver Hermano Grande.
Qué en el mundial nunca acaecía de Jane Dulce?
Exterior de un perro, un libro es hombre amigo mejor.
Allí parece ningún plan porque es todo plan .
Mentiras de pecado sólo en doler otras personas innecesariamente.
O reed Por el grupo viviente!
Todo quiero es una cama tibia y una palabra amable y unlimited poder.
Ellos todo luchado entre ellos y cada cual fue sobre su manera propia.
El alcohol es la anestesia por qué soportamos la operación de vida.
Soy un hombre sincero !
Y ahora lo quiere cobrar a ti.
Tiene cerraste vuestro armario de lima?
Tienes una reputación para ser exhaustivamente fiable y fidedigno.
Flowcharts Es, después de todo, la forma del analfabeto de documentación.
La verdad es gratis, pero costes de información.
Ayer era un perro .
Un countryman entre dos abogados es como un pez entre dos gatos.
Teniendo una criatura no es tan mala.
Bo Derek arruinó mi vida!
El estado firme de discos es lleno.
Cuándo eres en él hasta vuestras orejas, mantener vuestra boca cerró.
Cuándo estás a punto de dado, un wombat es mejor que ninguna empresa en absoluto.
Quienes no separan personas a grupos.
Pournelle Dado de mosto!
La felicidad es derecha próximo a ti.
El vuestro no es para razonar por qué, Sólo para Navegar Fuera.
Tomar el toro por la mano y evitar mezclando metáforas.
Las ciudades grandes de América están acaeciendo Terceros países Mundiales.
Si quieres alguien, puesto les libre.
Quién alterest todas las cosas con thy peering ojos.
Yo , y era.
Uno dijo que la economía aparecería por el último barrio.
Si las personas tienen que escoger entre libertad y emparedados, tomarán emparedados.
Uno aprende a escozor donde uno puede tachar.
Él pronto acaecido fuera de la cita y todo el mundo lo ignorarán.
Qué hacerte insulto un abogado?
Te encontrasteis escondiendo encontramos tú lying Choking en la mugre y arena.
Considero que cocina.
Pasado mañana es el tercer día del resto de vuestra vida.
Mi padre era un santo , no soy.
Esto es un tiempo bueno a punt obra.
Cojo cosas más extrañas que tú gratis con mi cereal de almuerzo.
He encontrado poco aquello es bien sobre seres humanos.
Sabe cuándo has sido durmiendo, sabe cuándo eres despierto.
La casa de un hombre es su castillo.
Sus facultades críticas únicas habían perdido ninguno de su borde.
Mantiene diferenciar, volando fuera en un tangent.
Puedo no overemphasize la importancia de gramática buena.
Les puse en la misma sala y dejado les pelea él fuera.
En general, la Manera de la guerrera es resolute aceptación de muerte.
Esto gratificará algunas personas y asombrar el resto.
Todos los principios de gravedad son negated por miedo.
Agraciadamente pasarles encima a la juventud en el escritorio próximo.
Los banqueros no son nunca populares pero al menos amontonan.
Somos todos tanto juntos y aún así somos todos muriendo de loneliness.
Siempre que las personas prpersestán siempre siento tengo que ser incorrecto.
La confianza es el sintiéndote ha antes entiendes la situación.
Qué I quiere es todo del poder y ninguno de la responsabilidad.
Todas las constantes son variables .
Vuestro control anulado es vuestro recibo .
Un cop brillará una luz en vuestra cara.
Esto es litera muchísima .
Vivo dentro de vuestros ingresos, incluso si tienes que tomar prestado para hacer tan.
Siendo un BALD el HÉROE es casi tan FESTIVO como TATTOOED KNOCKWURST.
Dominación mundial, naturalmente.
Mantiene fresco, pero no congela.
El grado de la civilización en una sociedad puede ser juzgada por introducir sus prisiones.
Era allí menos fools, knaves starve.
La sorpresa prevista hoy.
El amor es un snowmobile corriendo a través de la tundra, el cual de repente dedos encima, clavándote debajo.
Rechazo consignar el sexo macho entero al vivero.
Nada desvanecerá entusiasmo como un coste de admisión pequeño.
Me tomé atrás al Hyatt Casa, no quiero hablar aproximadamente lo.
Él coherentemente rechazado para hacer cualquier cosa cuál puede ruffle u ofender las clases criminales.
no hay ningún dolor qué tiempo no menoscaba y suavizar.
Muchos maridos van rompió en el dinero sus mujeres salvan en ventas.
Después de su Ignoble Disgrace, Satan era expulsado de Heaven.
Apple han significado problema desde eden.
Philbin Está dicho para hacer arriba para ningún talento por engañar bien.
Supe no qué.
Creo que es qué los perros pasan sus vidas.
La programación es una ley antinatural .
No lo tengo esta mañana.
Él quién ríe dura no cogió el chiste.
Cargan él vía ftp y dejar el espejo mundial él.
No scrawl situationalist graffiti en los márgenes o colilla vuestro rollups en los tinteros.
Cuándo desarrollas encriptación, más los usuarios acaecen crackers.
Una ventajas de ruta a desesperación y utter hopelessness, el otro a extinción total.
Los recursos humanos son humanos primero, y segundo de recursos.
Si te cerda vuestras avenas salvajes, esperanza para un fallo de cosecha.
Cuántas semanas son allí en un año ligero?
Nosotros raramente repent hablando demasiado poco, pero muy a menudo hablando demasiado.
Oh Dios, esto es tan asqueroso!
Su voz era poco más de un murmullo.
Apretón el teddy oso demasiado estanco, Y mirar las plumas estalladas el seams.
Tendría problemas más reales y menos imaginarios unos.
Todo de las cosas ciertas estoy a punto de dice eres mentiras desvergonzadas .
Así SARTRE los programas quedan para definir sus funciones propias.
Entre tú y me.
El caballo podría morir.
Las ventanas sin las X es gusta hacer el amor sin un socio.
El más fuerte habló de su honor, el más rápido contamos nuestras cucharas.
Si rechazas aceptar cualquier cosa pero el mejor te muy a menudo cogerlo.
Cuando en duda, uso brute fuerza.
La madre es la invención de necessity.
Siempre es el valiente unos quiénes mueren, los soldados.
Mi idea de roughing lo girando el acondicionador de aire demasiado abajo.
Tomar qué puedes utilizar y dejar el resto pasa de largo.
Le da una respuesta evasiva.
Más allá que, nosotros todo introduce la cadena alimentaria, y no siempre bien en la copa.
Cualquier parecido a personas reales, viviendo o muertos es puramente coincidente.
Y una vaca.
El próximo hitter golpeado un duro solo a campo derecho.
Demasiado a menudo encuentro que el volumen de papel expande para llenar los maletines disponibles.
El grado de confianza técnica es inversely proporcional al nivel de gestión.
Todo el mundo es un genio .
Perseguí abajo el error y fijado lo.
Ciertamente el juego está aparejado.
Volando saucers de vez en cuando los Asomar a ojos humanos.
Ninguno quiere el portador de malo noticioso.
La oveja que la mosca sobre vuestra jefa es pronto para aterrizar.
Tiene una anomalía diurna buena.
Estudiantes de posgrado y más los profesores son no más listos que undergrads.
Cambios de The Sun.
Un tornillo es el bulbo , y la llama de resto le para hacerlo mal.
La diplomacia es sobre superviviente hasta el siglo próximo.
Por eso tienes pocos amigos.
He también declinó varias ofertas de ventaja personal suma a yo.
Cuándo la copa es llena, llevarlo nivel.
Tuve maquillaje de panqueque para brunch!
Nunca podría coger el colgar de mañanas.
Antes de que podría importar, Tom resbaló behing Y le dio la bota a larn le.
Peaje de llamada libre antes de cavar.
Algunas personas nunca cariz en mí.
Vuestro cliente, Todd Lieman, skipped y su fianza es forfeit.
El propriety de algunas personas parece para consistir en habiendo pensamientos impropios sobre sus vecinos.
La creatividad es ninguna sustituta para saber qué estás haciendo.
Y en Italia, bajo la ley, todo es permitted, especialmente aquello cuál está prohibido.
Es la cordura de cocodrilos, aquellas lágrimas de nave cuándo devorarían.
El idle el hombre no sabe qué es para gozar resto.
Cada vez I cariz en ti soy más convencido de la teoría de Darwin.
Gimme Otra cerveza.
Pero por entonces la inversión era tan grande sintieron obligados para ir en.
Formas La Manera tiene no forma cierta, Y por eso ninguno lo puede controlar.
Han sido en un festín sumo de lenguas, y robados las trozo.
Las palabras tienen que ser pesadas, no contados.
Ahora el cristal aclara es las aguas en descenso, Y bonnie azules es los cielos soleados.
Así que Jack puso fuera.
Pide detalles.
Estos generalmente van para seiscientos millar.
Vuestros calambres de ignorancia mi conversación.
Varios alumnado estuvo pedido para probar que todos los enteros extraños son primos.
Teniendo un vino maravilloso, deseo eras cerveza .
Cuántas gerente de NASA toma a tornillo en un lightbulb?
Para utilizar ley para controlar una nación debilita la nación.
La locura de un hombre es la mujer de otro hombre.
Las mujeres no son mucho, pero son el más otro sexo tenemos.
Surly Para empotrar, surly para ascender, te haces aproximadamente mediano.
La salud es meramente la tasa posible más lenta en cuál puede morir.
Sabemos luego a nada aproximadamente virtualmente todo.
Ayatolá tú tan!
Si tuve una fórmula para bypassing problema, no lo pasaría alrededor.
Nunca engañé un hombre sincero, sólo rascals.
Ningún asunto qué pasa, hay siempre alguien quién lo conoció .
Así que la salvia nurtures todos los hombres Y abandona nadie.
Nadie nunca arruinó su eyesight por mirar en el lado brillante de algo.
Nietzsche Es Dios.
Coge a aquella basura chute, flyboy!
Nunca dar una pulgada!
Quiero ser casado.
También el alquiler.
La probabilidad de alguien mirando es proporcional a la estupidez de vuestra acción.
Dicen casi han tenido éxito en coger un VAX para pensar.
Controla no incluido.
Aprendió los hombres son el cisterns de conocimiento, no el fountainheads.
La leche es para la vitalidad y el azúcar es para pep.
NO seríamos aquí hoy sin él.
Él whipped uno atrás en mí.
Los precios más altos en Alaska y Hawái.
Probando encontrar qué está aquejando, Viviendo en la tierra del libre.
Padeces eliminación dolorosa?
Las personas no podrían saber la diferencia.
El programa tendría que ser dirigido por la lógica dentro más que por outward aspectos.
Serás un ganador hoy.
Seco limpio sólo.
No que tengo cualquier cosa mucho en contra redundancia.
Vuelve para dormir.
Puerto de cereal No Respondiendo.
Para afectar la calidad del día, aquello es el más alto de artes.
Nunca oído de aquel.
Eres nunca yendo para hacer los platos?
Cualquier cosa libre vale qué pagas para él.
Suposición donde quiero ir hoy?
Samuels Sólo colgado allí pacíficamente hasta que él y todo el mundo más se amuermaron.
Ahora me pongo abajo para estudiar, ruego el Señor no iré nutty.
Toallita húmeda que sonrisa de vuestra cara.
La rabia es locura momentánea .
No seca limpio.
Un día sin jugo naranja es como un día sin jugo naranja.
Así que aumentó base empresarial.
Reina Mary era una gobernanta .
La pérdida es la suya .
Contaminar el Misisipi.
Dónde goest thou, América, en thy coche reluciente en la noche?
El inglés instinctively admirar cualquier hombre quién no tiene ningún talento y es modesto aproximadamente lo.
Tuve que decidir deprisa.
Un robin redbreast en una jaula Pone todo Cielo en una rabia.
Tuvo que ser un caso , porque no podría proporcionar un escritorio.
Por qué Ventanas de uso, desde entonces hay una puerta?
Dijo nada y andado fuera de la casa.
Ahora podemos acaecer alcoholics!
Amigo de señora lo toma fuera esta noche.
No pretendido para diagnosticar, trata, cura o impedir cualquier enfermedad.
NO soy un kludge!
Tan lejos, no he tenido ninguna queja.
Perl Él es normalmente bastante bien aproximadamente diciéndote qué tienes que no .
Era ciertamente demasiado cargado de preocuparse.
Dirige a ideas.
Cualquiera quién continúa en una visita es un Bozo.
Otherwise lo No acabaría.
Una conclusión es sencillamente el sitio donde alguien cansado de pensar.
Sólo no podemos acordar encima cuándo es necesario a compromise.
Si no es barroco, no phiques lo.
Cuándo mi puño clenches grieta abre, Antes de que lo utilizo y perder mi fresco.
La ciencia es qué pasa cuándo preconception cumple verificación.
Mis ojos sólo no pueden estar la luz.
Insisto encima creyendo que algunos hombres son mi equals.
Sumo Danes es ningún problema!
Esta noche methinks es pero la luz del día enferma.
Serás asimilado.
El caramelo Es dandy Pero el licor Es más rápido.
Dicen drapes y decimos cortinas.
Mi idea de roughing es cuándo servicio de sala es tarde.
El amor ES qué está agrietado hasta ser.
Noche debajo la noche está volada, y la Puerta es abierta!
Cuándo el dios creó dos sexos, puede haber sido overdoing lo.
Para escribir el código bueno es un reto digno , y una fuente de delicia civilizada.
Lágrima la máscara de paz de Dios, Y oír el rugido de almas en infierno.
Y ellos el elefante sonrió.
El castigo acaece ineficaz después de un punto seguro.
Qué es la diferencia entre un Turing máquina y el ordenador moderno?
Estabilidad él es nada más que un más sluggish moción.
Cuándo no sabes qué estás haciendo, él pulcramente.
Hindsight Es una ciencia exacta.
Incluso un hawk es una águila entre cuervos.
Pero creo que soy un glowworm.
Leí el Bash página de hombre cada día como el testigo de un Jehová lee la Biblia.
Para creer todos los hombres sinceros sería locura.
Tendría que decir no, socio querido.
O Reina allende el Mar Occidental!
Demasiado de cualquier cosa, incluso amor, no es necesariamente una cosa buena.
Cumplí un hombre nuevo maravilloso.
El aparato de disposición de los residuos está localizado al trasero de esta sección central.
Ensamblador y nivel altos dependen en cada otro.
Los Alcoholes de todo Tres strive dentro me.
No recomendado para niños.
El salvador acaece la víctima .
Nada es tan a menudo irretrievably perdido como oportunidad diaria.
Nadie nunca muere allí.
Mickey Ratón lleva un Spiro Agnew reloj.
Utilizaron cops.
Leímos para decir que hemos leído.
EL agua no fue cabida para beber.
El pollo Poco era bien.
Da las gracias a Dios un millón mil millones tiempo vives en Texas.
Tantas mujeres bellas y tan poco tiempo.
Comer el bistec.
Después del poco pingüino está empollado, la madre ve cabida para venir casa.
Yo yo diría que meramente había sido detectado.
Quizás significó algo.
No fue que tuvo una rosa en sus dientes, exactamente.
El peligro de jefe en vida es que puedes tomar demasiadas precauciones.
Contrataron los terapeutas de habla mejores, doctores, psiquiatras, todo a ningún avail.
Los científicos son personas quiénes construyen la Brooklyn Puente y entonces comprarlo.
Para dar fuera qué no necesitas es para seguir la Manera.
La cara de guerra ha nunca cambió.
Antes de que pides más cuestiones, piensa aproximadamente si realmente quieres saber las respuestas.
Aquella manera, podrías coger pegado por meteoritos y ni siquiera sentirlo.
Un gato negro que cruza vuestra ruta signifies que el animal está yendo a algún lugar.
Sólo piensas piensan.
Probablemente será bastante desagradable.
Es conocimiento knowable?
El mundo tendría que hacer un sitio para agentes vendedores de zapato.
Paranoid El club que cumple este viernes.
Unos cuantos gracia de horas antes de la locura empieza otra vez.
El error de una persona es el dato de otra persona.
De quién propósito único es para destruir.
Mientras la mayoría de pueblos' cambio de opiniones, la condena de su correctness nunca hace.
Bytes iguales para mujeres.
Si eres un pingüino de Emperador hembra en el antártico.
El amor está siendo estúpido junto.
Científicos de ordenador real desprecian la idea de hardware real.
Quiere comprar un pato?
Así que es con los programadores sumos.
Y no hay ninguna razón para él.
Cómo piensas que siento?
A seguir bien del Molehills, y las Montañas Cuidarán de Ellos.
Somos ALLÍ todavía?
Vida de Inglaterra nueva, naturalmente.
Una persona es sólo aproximadamente tan grande como las cosas que les hace enojado.
Qué fuerza interior condujo este primer atleta?
En computar, el tiempo malo a fallo mantiene coger más corto.
Qué es el sonido de uno entrega clapping?
El castillo de un rey es su casa.
Los vegetales son lo que alimentarios come.
Aquello es la clase única sé.
Actividad de cocina está destacada.
Está aguantado en reverencia.
No de concentrar.
Doble Doble Bucky!
Las cosas iguales a nada más es igual a cada cual otro.
Los objetos en espejo son más cercanos que aparecen.
Esta fortuna sería siete palabras mucho tiempo si era seis palabras más corto.
No intenta esto en vuestra casa.
El más sudas en paz, el menos te bleed en guerra.
Cuándo las cosas van bien, espera algo para explotar, erosiona, derrumbamiento o sólo desaparecer.
Gloffing Es un estado de mina.
Trajo muerte al mundo.
Como sexo moderno, cualquier número puede tocar.
Y todo el mundo sabe.
Vuestra ayuda de excursionismo pastoral y quadrupic pickup la unidad me presento a un pleasurific estado de modo.
La primera cosa nosotros , dejados es matar todos los abogados.
Cualquier cosa cortado a la periodo será demasiado corta.
Para valores grandes de uno, uno equals dos, para valores pequeños de dos.
A err es humano.
Cuánto tiempo tetiene comitted suicidio?
La vida es un juego .
Y nada lo puede reemplazar o le.
El más puso los planes de ratones y hombres están aguantados arriba en el departamento legal.
No todo quiénes poseen una arpa es harpers.
El problema principal tengo con los gatos es, no son perros.
Principalmente atención de deseo de las mujeres y afecto.
Tiene ningún amigo no igual a tú.
En joyful las tensiones entonces dejadas nos cantar, Feria de Australia del Avance.
Nitwit Las ideas son para emergencias.
Una señora es una quién nunca asoma su ropa interior involuntariamente.
En el último tenemos que admitir el campo a Microsoft.
Vuestra cuenta de ordenador es overdrawn.
Todas las cosas son cualquier sagrados o profanos.
Hoy es qué pasado a ayer.
Una nota el profesor escolar pedía alumnado lo que sus padres hicieron para un vivientes.
El alcohol e intent del programa tendría que ser retenido por todas partes.
La vida es un respeto sano para carácter de madre abrochada con codicia.
Cualquier tecnología suficientemente adelantada es indistinguishable de mágico.
Regresa a la satisfacción original nivela mi maquillaje psicológico.
Matrimony Es la raíz de todo mal.
Utilicé para creer que el cerebro era el órgano más maravilloso en mi ente.
Quiénes son los artistas en el Espectáculo de Gráfico del Ordenador?
Todo el mundo sabe que el bote está filtrando.
En el tercer día de mi semestre de caída, me levanté.
Noventa por ciento de todo es caga.
La capacidad superior cria ambición superior.
Esto es un comercio grande !
Mil años.
Podrías ir más allá, y decir que Nueva York es una jungla .
Toddlers Es el stormtroopers del Señor de Entropía.
Los sueldos de pecado son alto pero coges vuestro dinero vale.
Es una cosa provechosa , si uno es sensato, para parecer tonto.
Los ordenadores no son inteligentes.
Misery Empresa de amores, pero empresa no reciprocate.
La incapacidad para beneficiar de retroalimentación parece para ser la causa primaria de pseudociencia.
Tan hacer ataques de corazón.
Adivino la Poca Liga es incluso littler que pensamos.
La manera mejor de mantener vuestros amigos no es para darles fuera.
Vuestras calidades propias ayudarán impedir vuestro adelanto en el mundo.
La ciencia y la religión son en el acuerdo lleno pero la ciencia y la fe son en discordia completa.
Precaución de ejercicio en vuestros asuntos diarios.
Dos cacahuetes andaban a través de la Nueva York.
mejora mi FLUJO de DINERO EFECTIVO?
Llegando en la casa de hermandad del chico, papá rapped ruidosamente en la puerta.
Diety Es Excelente A ti.
importas no bobbing vuestra jefa.
El enano blanco busca gigante rojo para relación binaria.
Naturalmente, igual puede ser dicho de mugre.
La mayoría de personas quieren cualquier menos corrupción o más de una casualidad de participar en él.
Cuándo la segunda llegada nueva vino, Einstein una vez más inquired como al recién llegado IQ.
Tarde buena, señores.
Esto es la diferencia principal entre un perro y un hombre.
Los hombres viven para tres cosas, coches rápidos, mujeres rápidas y comida rápida.
Hacemos nuestro mailing la lista disponible a seleccionó organizaciones.
Si eran tan inclinados, podrían impeach le porque no les gusta su necktie.
Tiene en ti!
Una Dificultad para Cada Solución.
A no ser que hay tres otras personas.
Uso sólo como dirigió.
La pobreza empieza en casa.
Ser seguro para llevar anteojos de seguridad.
Y entonces corrido?
Las actrices pasarán en el más reguló familias.
Trample Cualquiera quién entra vuestra manera.
Estoy examinándote encima vuestro fool ideas que no inteligentes cristianos encima la tierra cree.
Una caja sin bisagras, tono, o párpado, Todavía interior de tesoro dorado está escondido.
Nunca aceptar una invitación de un más extraño a no ser que te das caramelo.
Un reverendo quiso telefonear otro reverendo.
El Lisp usos de Máquina Escriben B fluido, los L usos de máquina Escriben Un fluido.
Después que está engañando.
Haciéndolo blindfolded es eleet.
Dibujo en mi orden fina de lengua, dije nada.
La ignorancia es cuándo tú no sabe cualquier cosa y alguien lo encuentra fuera.
Podemos incluso, si pensamos de este modo, tiene menos delito.
Un Irishman nunca es en la paz exceptúa cuándo está luchando.
Llovía fuertemente, y el automovilista tuvo problema automovilístico en una carretera de país solitaria.
También mi bueno Sackville Bagginses que doy la bienvenida a atrás en último a Fin de Bolso.
La virtud iría lejos si la vanidad no lo mantuvo empresa.
Pueden saber algo que nosotros no.
Sabes la cosa suma aproximadamente televisión?
Manos frías, ningún guante.
Dijo por qué no me doy una llamada.
Vuestra contraseña es pitifully obvio.
Tendría los estudios electivos.
Pasó su tiempo intentando alimentar y proteger sus criaturas amadas del mar.
Mis nalgas enteras y la pata estuvieron sacadas y puestos arriba de mi jefa.
Enseñas más qué te más necesidad de aprender.
Marca nuestro país bien otra vez, respetado por el mundo.
Un escritor no tiene que mover vuestro punto de vista.
La felicidad es un flujo de dinero efectivo positivo .
Todas las verdades son ciertas a un extender, incluyendo este un.
El más sumo de las faltas es para ser conscientes de ninguno.
Un viaje exótico en Newark céntrico es en vuestro futuro.
Nadie nunca muerto de horno envenenamiento crudo.
Aplica sólo a área afectada.
Dejado nos determinar para morir, y conquistaremos.
No puedo ser totalmente perfecto, pero las partes de mí son excelentes.
Sólo no te deja mucho cronometrar para pensar aproximadamente cualquier cosa más.
Por si acaso.
La libertad es nada más pero la casualidad de hacer mejor.
Ejercitando alrededor de los niños pequeños pueden cicatriz les emocionalmente de por vida.
Les mantiene en uno pila grande.
No estamos anticipando cualesquier emergencias.
La vida no es para todo el mundo.
Qué pronto crece viejo?
Proviene la frase vos otros, significado otros.
Un cop me estiré encima para acelerar.
Dependerá a cuántos pisos han traído con ellos.
Un día sin sol es como un día sin jugo naranja.
Evita Tranquilo y Placid personas a no ser que eres en Necesidad de Sueño.
Cura la enfermedad y matar el paciente.
Sólo el más apto sobrevive.
Escogemos, nosotros, para ser dolidos o no para ser dolidos, ningún asunto qué.
Utilizaron fallaron.
A normal folks, la conversión no es siempre automático.
The Sun lee un rollo.
Unix weanies es tan malo en este tan cualquiera.
Por inducción, todo los números extraños son primos.
Cuándo el dios dotó seres humanos con cerebros, no pretendió para garantizarles.
Desde el composite los números están formados de albores, sus calidades están derivadas de aquellos albores.
He nunca entendió este gustando para guerra.
La Salvia no es amable, Y trata todas las personas impartially.
En guerra, la verdad es el primer casualty.
Self Ambos elogio y preocupación de causa de la culpa, Para traen esperanza de personas y miedo.
Un muy la criatura es el germen , Aun así más pequeño que el pachyderm.
Neckties strangle Pensamiento claro.
Si necesitas alguna ayuda, darnos una llamada.
No es sólo lo atenuar, es la causa de sosería en otros.
Nunca tener niños, nietos únicos.
Recuerda que cualquier desgracia puede ser vuestra parcela , sólo podría ser peor en Cleveland.
ayuda si salí y pulsó?
Qué es mente?
Charlie era un farmacéutico , Pero Charlie es no más.
Cuál haría un trabajo mejor en conducir los físicos locos?
Si es abajo, lo soplaremos arriba.
Viene a lo largo de un lobo.
puede haber ningún torció pensado sin una molécula torcida.
Las cosas mejores en vida son para un coste.
Bien que sentido de marcas porque no hay ninguna pistola o drogas aquí.
Ellos shackle ellos a atormenta, ellos bask en urinarios.
El talante natural es siempre para creer.
Todo el mundo piensa que ha bastante.
Fines de civilización en el waterline.
La primera regla de todo inteligente tinkering es para mantener todas las partes.
Así que olvida lo mencioné.
Si te prometiste la luna y las estrellas, lo crees?
Nunca underestimate el ancho de banda de un vagón de canal lleno de cintas.
Espectáculo vuestro afecto, el cual probablemente cumplirá con respuesta agradable.
Para hacer uno medio del mundial fools, y el otro medio hypocrites.
El correo viejo ha llegado.
Enciclopedia para venta por padre.
Podrían aplicar a cualquiera y cualquier cosa.
Nunca preocupación sobre unsightly grietas en Windoze CEMENTO otra vez!
Eres capaz de planear vuestro futuro.
A menudo marca inducción al ritual de uso farmacéutico.
no hay ningún accidente cualquier en el universo.
Mayo tú Magia Buena con Perl.
La Estrella dirá la misma cosa, y la Revista dirá nada en absoluto.
Algún día pretendo leer lo.
La memoria tendría que ser el punto de partida del presente.
Parece ciego chillando hedonism ganado fuera.
Sientes malo?
Cualquier lenguaje de programación es en su mejor antes de que está implementado y utilizó.
Nadie te puede poner abajo sin vuestra cooperación llena.
Nada puede ser hecho en uno tropieza.
Escribir todas las formas adverbiales corrigen.
A veces una sensación es todo nosotros los humanos tienen que ir en.
Pero el hombre meramente vagado de cabina a cabina, humming tranquilamente a él.
En una mañana brillante y claro.
Y qué aún más está interesando, los en el exteriores es todo muriendo!
Hideously disfigured Por una maldición india antigua?
Pero quiero oír del físico antes de que decido qué para hacer.
Kion vi diris pri mia patrino?
Tengo un tiempo duro que es atraído a cualquiera quiénes me pueden batir arriba.
La ausencia hace el corazón crece frenético.
Nadie puede ser exactamente gustarme.
Habiendo sido encima USENET para ir en diez años, discrepo con este.
Las luces empezaron parpadear, centelleando y parpadeando algún más.
Si el dios es Uno , qué es malo?
Un actor es un tipo que si no eres talkin' aproximadamente le, no está escuchando.
Para hacer dos cosas inmediatamente es para hacer tampoco.
El empleado es sencillamente allí un instante, e ido el próximo.
Quiero diversión Siempre y cuando es limpio.
El bueno noticioso es que estos tipos son en forma superior.
Ningún Mantenimiento Imposible de fijar.
Flirteando es el arte suave de hacer un hombre siente complacido con él.
Pero después de todo, no es que la diferencia básica entre robots y humanos?
Va no a los elfos para consejo, para dirán ambos sí y núm.
I bondad de valor a seres humanos ante todo, y bondad a animales.
A pesar de todos los aspectos, vuestro jefe es un pensamiento , sensación, ser humano.
Quienquiera la mentira útilmente tiene que mentira raramente.
El señor sabe la cosa es roomy bastante.
Obtendrás dinero por una acción ilegal.
No tuve mucho dinero, así que tuve que coger un irregular.
De lo que uno no puede hablar, del mismo uno tiene que ser silencioso.
Gusta cumplir personas nuevas e interesantes?
Tendríamos que estar en cartelera una entrada en el Guinness Libro de Récords.
La búfalo no es tan peligrosa como todo el mundo le hace fuera para ser.
Sam y Janet que?
Fui al negocio para el dinero, y el arte creció fuera de él.
Es el pájaro sensato quién construye su nido en un árbol.
Dice no, entonces negociar.
Día excelente para beber fuertemente.
Oyó que un potro y su momia son pronto separó.
Utilizaron guile.
Un desastre de software de proporciones Bíblicas.
Cuándo digo la palabra mágica a todas estas personas, desaparecerán para siempre.
Faith sale a través de la ventana cuándo la belleza entra en la puerta.
Siento gustar si no muerdo un gato antes de sundown, me alocaré!
Un penique salvó es un penique para derrochar.
Nuestro orgullo es que no obstante, de vez en cuando, nosotros nuestro mejores.
I demanda que te registro fuera inmediatamente.
Siempre querré la imagen falsa tuve de ti.
Es sheer arrogancia para contraer enfermedades que es allende vuestro medio.
Como pasaba Proyecto MAC, cumplí un Quux con siete tajos.
Un labrador con extremadamente gallinas prolíficas posted el signo siguiente.
Rieron en el Wright Hermanos.
Cómo tener que sé si obra?
Me doy cuenta que el MX misil es ninguno de nuestra preocupación.
O la lluvia nunca venida.
Cogíamos vuestra renovación antes de la fecha límite extendida pero no vuestro control.
No puedes pulsar en una serie.
Cuándo un hombre asume una confianza pública, se tendría que considerar como hacienda pública.
En la oscuridad!
Transmite precioso poco del sabor de hoy statecraft.
Un gato coge horny, él algo aproximadamente lo.
Los carpinteros son plano justo folks.
Pero todo acordará en una proposición que poseen recursos espirituales profundos.
Los años más difíciles de matrimonio son aquellos siguiendo la boda.
Y entonces hay bugs.
No pienso voy a estar de acuerdo con aquello.
Si puedes contar vuestro dinero, no tienes un billón de dólares.
Cogidos dos ojos buenos Pero nosotros todavía no ven.
El brujo de UNIX está cogido no Es cogido ninguna distracción, Unlimited espacio encima disco.
Cuántos tiempos tienen te dijiste para ser prudente?
Golpe antes de introducir una sala de señoras!
Desde entonces tenemos que hablar bien del muertos, dejados es les golpea mientras son vivos.
En autopilot a oblivion.
Cualquier aproximación puede dar nacimiento a varias clases de monstrosities.
El opuesto de una declaración correcta es una declaración falsa .
Cuándo las gerente aguantan reuniones inacabables, los programadores escriben juegos.
El hijo sabe todo.
El opossum es un animal muy sofisticado.
Un policía sordo oyó el ruido, Vino y arrestó aquellos dos chicos muertos.
Un dolor en el asno de dimensiones importantes.
Sello de sitio aquí.
El amor hace fools, matrimonio cuckolds, y el patriotismo malévolo imbeciles.
Unmatched Casi tan bien como la competición.
Una chica joven una vez suicidio comprometido porque su madre le rechazó un sombrero nuevo.
Cómo es cosas yendo?
Si al principio tienes éxito, intenta esconder vuestro asombro.
Odió ser pensado de tan uno de aquellas personas que llevó armadura ornamental estúpida.
Supo el tavernes bien en cada toun.
El más pretencioso un nombre corporativo, el más pequeño la organización.
Un programador de novato era una vez asignado a código un envase financiero sencillo.
Seca arriba Como una pasa en el sol?
Libertad de incrustation de grime es contiguo a rectitude.
Ist nicht Piel gewerken por das dummkopfen.
Y entonces podríamos sentar en los capotes de coches en luces de parón!
Porque soy más grande que tú.
El dolor es una cosa de la mente.
Cariz a mis ojos e intentar olvidar que tienes la tarjeta de crédito de una Macy!
Esto es mejor que mopping!
Cualquier cosa aquello vale hacer ha sido hecho frecuentemente.
Todo las ideas sumas son polémicas, o ha sido en uno cronometra.
Con ropa el nuevo es más, con amigos el viejos es más.
Y entonces es demasiado tarde.
Destiny es una cosa buena para aceptar cuándo está yendo vuestra manera.
A veces vivo en el país, Y a veces vivo en ciudad.
Los tipos buenos cogen enfermos.
Debido a carencia de espacio de disco, esta base de datos de fortuna ha sido interrumpida.
El tratamiento del filósofo de una cuestión es como el tratamiento de una enfermedad.
Cada poco picofarad tiene un nanohenry todo su propio.
La luna es un planeta sólo como la Tierra, sólo es incluso deader.
La manera única de aprender un lenguaje de programación nuevo es por escribir programas en él.
Mayo nosotros juntos acaecidos más sumos que la suma de ambos de nosotros.
En corto, al menos dar el pingüino un visionado justo.
Percival Pollard, el crítico señalado.
Nadie consultado conmigo o consideró mis sensaciones en este asunto.
Aguantando sin poseer, Nurturing sin domar, Shaping sin forzar, Esto es armonía .
Vivirás un largo, vida sana , feliz y bolsos de marca de dinero.
Vuestro número afortunado ha sido disconnected.
Una tarde Señor
los caballos están prohibidos para comer hidrantes de fuego en Marshalltown, Iowa.
Spoofing Es vano.
no hay ninguna cura para nacimiento y muerte otro que para gozar el intervalo.
Dejado las personas piensan que rigen y serán regidos.
El pago para hacer estas cosas lo era el haciendo de ellos.
Si la rabia destroza su armonía interior, la unidad del mundo está destrozada.
Mi darling la mujer era siempre glum.
En mi línea no tienes que.
El primer deber de un revolucionario es para escaparse con él.
Si empieza obrar, lo fijaremos.
No espero aquello durará.
No podemos completar vuestra llamada como dialed.
Qué es asunto?
Tommorrow te Puede ser en Utah.
Fui en para probar el programa en cada manera podría ingeniar.
Puedes no propel tú adelante por patting tú en el atrás.
El mapeo corto del sublime al ridículo!
En última la jefa de un hombre parecido fuera de un upstairs ventana.
Mayo tienes muchos hijas bellas y obedientes.
A err es humano, pero puedo cosas REALMENTE asquerosas arriba.
Las sirenas cogían más fuertes y más fuertes.
Tampoco el sonido ni los pensamientos pueden viajar a través de un vacuum.
Pero no lo espera para venir abajo dónde lo puedes encontrar.
Nunca ofender personas con moda cuándo les puedes ofender con sustancia.
Lo coge firmemente y el universo revuelve alrededor le.
La vida es qué pasa a ti mientras eres ocupado haciendo otros planes.
Cualquier carretera siguió a sus ventajas de fin precisamente en ninguna parte.
Prometen construir un puente incluso dónde no hay ningún río.
Hombre quién cae en volar furnace es seguro de sentir overwrought.
Me gusta que en una persona.
Soy I habiendo diversión todavía?
Algunos de las señoras han pedido si no importarías poniendo que cosa fuera.
Centenar mil millones castaways buscando una llamada.
Cómo descubres lo que vuestro número de red es?
Toma a lo largo de una vela, el cual insertas y ligero después de que has abierto el bote.
Sed quis custodiet ipsos Custodes?
Refreshed Por un apagón breve, cogía a mis pies y fue puerta próxima.
Te k'n Escondrijo de fier, pero w'en ti gwine wid de humo?
El estudio de zoología es lleno de sorpresas.
Una cintura es una cosa terrible para importar .
El Sacerdote gris nimbus en un nicho donde vistió discreetly.
Puedes escribir una letra pequeña a Abuelita en el filename.
Un chico pasó años recogiendo sellos de franqueo.
Otherwise Sigues el Libro, el cual es en gran parte una colección de nitwit ideas que obró.
Heredarás algún dinero o una pieza pequeña de tierra.
Todo este tiempo he sido VIENDO un RUSO MIDGET SODOMIZE un HOUSECAT!
Es esto el fin para el Caped Cruzado y la Maravilla de Chico?
A err es humano, a purr felino.
Hay muchas personas hoy quiénes literalmente no tienen un amigo personal cercano.
No te tengo que asomar muy stinkin' placas!
Ensalada de fruta es judía.
Comprometerás en una actividad empresarial provechosa.
Podría morir.
Hay mensajes nuevos.
No importa.
Tú outgrow vuestra utilidad.
Gozaría la obra de un pollo flicker.
La felicidad cierta será encontrada sólo en amor cierto.
Un paranoid es un hombre quién sabe un poco de qué está yendo en.
Parece intuitively obvio a mí, el cual significa que podría ser incorrecto.
Qué una vergüenza, señor!
La química orgánica es la química de compuestos de carbono.
Pero las flores obran casi también.
El valor es gracia debajo presión.
Cuándo estás trabajando duro, se levanta y retch de vez en cuando.
Más sala para ti, Oh, cómo pacífico será!
Los supervivientes serán prosecuted.
La muerte acaece un patrón familiar .
Bendito es el joven, para heredarán la deuda nacional.
Todas las leyes son simulacros de realidad.
Una lengua que no afecta la manera piensas aproximadamente programando no es el valor que sabe.
En la página de la historia, dejado cada Feria de Australia de Avance de fase.
Él quién sabe, no habla.
Mantener la fase, criatura.
Así que es natural para ellos para despreciar ficción de ciencia.
La historia entera de ordenadores es rampant con cheerleading en mejor y bigotry en peor.
De hecho muchos científicos de hecho utilizan sus chimeneas para enfriar sus casas en el verano.
Mil MicroVAXes.
Demasiado es sólo bastante.
La totalidad de vida es vana a no ser que consideras él como proposición deportiva.
Desde entonces había probado unsusceptible a pena capital, era reprieved.
La mayoría de personas merecen cada cual otro.
Algunas personas necesitan una cura imaginaria buena para su dolencia imaginaria dolorosa.
Soy eligió todavía?
no Nos pueden gustar los doctores, pero al menos ellos doctor.
Sólo lesignoro.
Una vez yo finalmente imaginado fuera todo de las respuestas de la vida, cambiaron las cuestiones.
Me caigo una nota.
Un hombre verdaderamente sumo tampoco trample en un gusano ni sneak a un emperador.
Los neutrinos son a físicos.
Compro ropa nueva.
Así que decidieron hacer el experimento de agujeros aburridos en él.
Más vale tarde que nunca.
Las balas no Les Pueden Matar!
Sólo conozco soy una gerente mejor cuándo tengo Joe DiMaggio en campo de centro.
Supe Leo G.
Este sitio sólo no es bastante grande para todo de nosotros.
Allí vas hombre, Mantiene tan fresco como puedes.
Y muerto para su placer!
Cuelgan fuera y tocar junto para años, virtualmente inseparables.
Día bueno para evitar cops.
Todos telefonean las llamadas son obscenas.
La clandestinidad es el comienzo de tiranía.
Multics Es la seguridad deletreó de lado.
Nasrudin Llevaba en casa una pieza de hígado y la receta para pastel de hígado.
Necessity Es el descargo para cada contravención de libertad humana.
La ausencia hace el corazón olvida.
Una comuna es donde las personas unen juntas de compartir su carencia de riqueza.
Utilicé para vivir en una casa por la autopista.
Cortando el presupuesto espacial realmente restaura mi fe en humanidad.
A pesar de que la luna es más pequeña que la tierra, es más lejano fuera.
Identificar vuestro visitante.
hay más cosas en cielo y tierra que cualquier sitio más.
La mayoría de declaraciones generales son falsas, incluyendo este un.
Lograrás el punto posible más alto en vuestro empresarial o profesión.
Nunca he dejado mi escolarización interfiere con mi educación.
Había Habido una pelea.
La mujer era Dios segunda equivocación.
Pero la red alegre de la voz de muelle Es aguantada a la brisa.
Uno de los boxeadores es felled por un golpe bajo.
No puedes coger cualquier cosa interesante hecho sin criar un sudor.
Clavado me completamente, hizo.
Es mi fallout prueba de termita del refugio?
Si en duda, mumble.
Qué es el latín para office automation?
Vi exactamente la cena y yo dejaron va.
Sears Tiene todo.
Cinco en punto té en absoluto horas.
Él de todos los hombres tiene que behave como si la ley le obligó.
Para utilizar la violencia es a ya ser derrotado.
Odio morir.
Psychiatry Nos habilito para corregir nuestras faltas por confesar nuestros padres' shortcomings.
El amor es un obsesivo delusion aquello está curado por matrimonio.
La realidad es sólo una muleta para personas quiénes no pueden manejar ficción de ciencia.
Marcas de felicidad arriba en cota qué carece de en periodo.
Para cada gerente implicada en las reuniones iniciales añaden un mes.
Someday Miraremos atrás en este momento y arado a un coche aparcado.
La guerra ahorra no el valiente, pero el cobarde.
No saca etiqueta debajo pena de ley.
Si oímos un ruido por la noche, prpers ladraríamos.
La vida está sabiendo qué lejos para ir sin cruzar la línea.
Los poetas inmaduros imitan, los poetas maduros roban.
El más palabras recuerda, el más listo hacer su estima de socios le.
Puede explicas esto a mi mujer?
hay no hombres sumos, buster.
Me tiento con una cuchara!
Eres un deseo de ser aquí deseando tú.
Tienes que admitir que es difícil a misplace el Perl fuentes.
no hay ninguna religión en el mundial aquello tiene cualquiera otra base que hearsay evidencia.
Estiras su cola en Nueva York y su jefa es meowing en Los Ángeles.
Porque están quemados fuera.
El tiempo va, dices?
Squires Tiende para ser continuamente agotado de su voraciously búsqueda adquisitiva de mobiliario y knickknacks.
Corriente de lista en tiempo de imprimir.
Es imposible para un optimista para ser agradablemente sorprendió.
Pedir cualesquier mitocondrias.
El arte es cualquier cosa te puedes escapar con.
Cobol Los programadores son abajo en los vertederos.
Éramos ambos botes de holding de jugo.
Sam dijo el plan nunca pagaría fuera.
Qué Somos es el regalo del dios a nosotros.
Para revelar un artista a las personas puede ser para destruirle.
Hacer más de cualquiera espera, y bastante pronto todo el mundo esperará más.
Si vives en un país corrido por comité, ser en el comité.
Estando encima sonrisa de marcas de la jefa de arrugar la frente, pero resto de afrontar también al revés.
Si un sistema está administrado sabiamente, sus usuarios serán contenido .
Todos los reyes es mayoritariamente rapscallions.
Sonrisas de verano, asombrados, débiles, En este sueño de morir de un jardín.
La honradez es mayoritariamente menos provechoso que dishonesty.
Ni importo un porcupine Dentro de un gallinero de pollo.
Es sentido común para tomar un método y probarlo.
Por qué mentiras él aquí, en disco público Y por qué es ahora desprotegido?
Prueba evitar febreros siempre que posibles.
hay más maneras de matar un gato que choking su con crema.
Esto hace concebir, describiendo, y probándoles duro.
El universo parece tampoco benigno ni hostil, meramente indiferente.
no hay ninguna razón para cualquier individual de tener un ordenador en su casa.
Así que di un beso su adiós.
El potencial para el aumento desastroso de misplaced el poder existe y persistirá.
Pero si partiste aquellos átomos bien, Mama mantiene 'em de aquellos genes de mina!
Nunca hacer hoy qué puedes aplazar hasta que mañana.
El secreto de vida es para mirar bueno en una distancia.
Ya puedes ser un perdedor.
Modeling paged y segmented las memorias es negocio delicado .
Ángeles hemos oído en Altos Decirnos para salir y Comprar.
Si voy a la calle, soy apto de ser mordido por un caballo.
Los hombres han acaecido la herramienta de sus herramientas.
La bondad es el comienzo de crueldad.
Suplente no es muy duro.
Cualquier violento rearrangement del asunto felino es impermanent.
Sólo un espiritualmente bankrupt la sociedad nunca lo podría creer.
Puedes ser ido mañana, pero aquello no significa que no fuiste aquí hoy.
