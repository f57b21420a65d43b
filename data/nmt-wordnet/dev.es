Un camión ligero.
Miraba otra vez y vio era Un sello de franqueo del penique .
Perdió el juego por default.
Levy un bien.
La sopa borboteaba.
Ninguna maravilla Clairol hace tanto dinero vendiendo champú.
Los relojes sincronizan.
La propuesta hierve abajo a un compromise.
Una mente original.
Frío es un vasoconstrictor.
Ha Oz en él.
Después de la revolución, la distribución alimentaria estuvo descentralizada.
Su matrimonio no fue salvageable.
Fácilmente perceptible sonidos.
Por qué pides?
Cualquier cosa quieres hacer, tienes que algo más primero.
Su comportamiento está enloqueciendo.
El físico disproved sus colegas' teorías.
Los bienes eran redisposed en una pérdida suma.
Evert El eyelid.
Enmendar el documento.
Desafortunadamente llovió todo el día.
Exhalar cuándo te impulso el peso.
Un dreamlike calidad.
Tomar una galleta!
Podemos apoyar en este hombre.
Altamente representante de ventas competitivas.
Un libro canónico del Testamento Nuevo cristiano.
Cayó ácido cuándo era una adolescente .
Goya quiso retratar su mistress, el Duchess de Alba.
Muchas plagas han desarrollado resistencia al común pesticides.
Los humoristas siempre sientan en la mesa de los niños.
Los fines de música con una exposición de bravura.
Era benéfico en sus opiniones de otros.
Esfuerzos para obtener unos graves limpios en registros orquestales.
Aceras slick con hielo.
El grasiento rags combusted espontáneamente.
Llegó bastante oportunamente sólo cuándo necesitamos un nuevos butler.
Miraba la otra dirección .
Un loco whirl de placer.
Sentient plasmoids Es un gas.
El perro ladró toda la noche.
El problema mushroomed.
Era singled fuera para su actuación excepcional.
Eligen arriba de nuestra basura dos veces una semana.
La ruta de la factura a través de la legislatura era lisa y ordenada.
Sólo Capone mata como aquel.
Un embajador extraordinario.
La persona única quién siempre cogía su obra hecha por el viernes era Robinson Crusoe.
Había una adición a impuestos de hacienda este año.
Qué marca de automovilístico es aquello?
La evidencia discute para vuestra reclamación.
Ser alegre mientras eres vivo.
Roughcast Una muro.
Cada niño necesita un ejemplo a seguir.
Valium Tiene un tranquilizing efecto.
Había juego pesado en el blackjack mesa.
Una operación ternaria.
Sus miedos de aumentar.
El jurisdictional límites de un estado.
El brazo del tocadiscos.
Muchos empleados estuvieron descargados en un generales housecleaning por los dueños nuevos.
A pesar de que no es entrenado en este, su hobby es etymologizing.
Dio fuera dinero al pobre.
Era un milagro que sobrevivió la gota de aquella cota.
Sus padres habían muerto cuatro años más tempranos.
Arresto el progreso.
Este prefijo estuvo restado cuándo la palabra estuvo tomado prestado de francés.
La disipación de la neblina.
Una negativa plana.
Nuestros suministros finalmente corrieron fuera.
Para ser sumo es para ser entendido mal.
Estuvo retirada por una risa fuerte.
Esto causa más personas para tener que salen y comprar refrigeradores más grandes.
Unremitting Demandas de hambre.
Un sistema de calefacción económico moderno.
Así que nosotros.
El sonido tuvo un somnolent efecto.
La pereza del día le ayudó para relajar.
El hecho queda que puedo no rationally trata yams, y los cerdos son terribles conversationalists.
Fred Invierno es indudablemente el jockey para seguir.
Vuestra profundidad de comprehension puede tender para hacerte lax en worldly maneras.
Chupar el veneno del sitio donde la culebra mordió.
Temió el speedy disminución de todo manhood.
Inutilizar esta orden en vuestro ordenador.
Una jefa de vapor.
hay precioso poco tiempo dejó.
Un unbarred puerta.
Un aumento rápido a través de las filas.
Un libro profundo.
Edad y experimentar mellowed le encima los años.
Una contribución significativa.
Resolver las facturas.
La regla de Caesar.
Los métodos de docencia adelantados.
El cox criado el batió.
Cilindros de forma del dough.
Cuentas de auditoría y regresos de impuesto.
El chico flotó su bote de juguete en el pond.
Estas pipas llevan agua de residuos al río.
La participación era voluntaria.
Los aparatos por qué unenlightened los hombres preservaron el unjust orden social.
Dónde es encabezando.
Administra los fondos.
hay un musky roundness a su wordiness.
Chicos en batalla simulada.
El caballo era tres periodo adelante yendo al tramo de casa.
Personas quiénes piensan que saben todo mucho molesta aquellos de nosotros quién .
Probó cada tratamiento los doctores sugirieron.
Su enmendó maneras.
Sociedad como una totalidad integrada.
Lavo mis manos de este.
Shreds Del papel navegado a través del aire.
Midió evocó potenciales con un electroencephalogram.
Su sonrisa atrayente.
Contestó automáticamente.
Finalmente tiene un trabajo apropiado.
El vuestro fielmente, Capt.
El drenaje aquí es imperfecto.
Giró la camisa al revés.
El pianist negociated las carreras difíciles.
El corazón de la criatura era pulsating otra vez después del cirujano massaged lo.
Un flujo de continuar de papel es suficiente de continuar el flujo de papel.
Es una muñeca viviente .
Pasado muchos días felices en la playa.
Su madre era doddering y frail.
Un unbound libro.
Gusta ser un poco dependiente?
Fue rebotar atrás.
Los pilotos están enseñados para tomar acción evasiva.
Quizás el remembrance de estas cosas probarán una fuente de placer futuro.
Regresó a Alabama porque no podría aguantar trasplante.
Cambios sociales profundos.
Él chalked arriba dos goles qué merecidamente dio Bolton su segunda victoria de la estación.
Un reloj mirado nunca hierve.
El richly dotado pero underpopulated Costa de Marfil.
Un erudito metódico.
Llaman Alabama la Marea Carmesí, me Llamo Deacon Blues.
Tengo una mente muy pequeña y tiene que vivir con él.
El diablo fetch te!
Respuestas a abrelatas eléctrico.
Él bamboozled sus profesores a creer que supo el subject bien.
La matemática es la base para mucho conocimiento científico.
La víctima de tiroteo cayó muerta.
Un rancho Occidental.
Supervisó la media de la corriente con trucha.
Su madre era Eurasian, y su chino de padre.
El trabajo era sólo un hueso de dar un paso en su manera a fama y riches.
Esperó para una vida nueva en Australia.
Ellos disinvested ellos de sus derechos.
Un jefe sin humor es como un trabajo aquello es no divertido.
Giró las páginas de la música como tocó.
Para ser capaz de oler vuestra oreja propia.
He jurado de cigarrillos altogether.
El northward flujo de tráfico.
El abogado corrupto era disbarred.
Para dar de tú, primero te tienes que saber.
Gastos de conjunto incluyen los gastos de todas las reparto combinaron para el año entero.
El motorboat es despertar cambiado la canoa.
Es el agente en cargo de los motores del barco.
Era intensely desagradó.
Los hombres gulped abajo sus cervezas.
No podría obrar el problema de matemática.
Cuándo costes de licencia son demasiado alto, los usuarios hacen cosas a mano.
El escaparate lleno de glittering Árboles de Navidad.
Cuándo te ves, siento gusta tengo hambre por todas partes.
Todas mis ventajas accionarias han vaporizado.
No soy temeroso de mañana, para he visto ayer y quiero hoy.
Las zonas templadas.
Menos tiempo para pasar con la familia.
Creció tan rápidamente ningún plotting la banda le podría encoger lejos bastante.
Un huracán de devastar.
Vientos whipped el piled hojas a agitar masas.
Serás honored para contribuir vuestro tiempo y destreza a una causa digna.
Girando suyo recula encima me era un insulto deliberado.
Su reclamación pidió daños.
Beware De Programadores quiénes llevan destornilladores.
Inicio una fundación.
Sonda un anthill.
Especializa en historia Oriental Cercana.
Una fundación segura.
Es su carácter para ayudar otros.
Estoy destinando un loaf de pan a todo el mundo en una base diaria.
En el futuro, vas a coger ordenadores como premios en cereales de almuerzo.
Las dificultades en qué la cuestión está implicada.
En casa también no puedo ir.
Pase a lo largo del bueno noticioso.
Llenar el niño con orgullo.
Una cuenta en arrears.
Su aterrizaje en sus pies era catlike.
Viven por los niveles de su comunidad.
Excitó el tigre en mí.
Y podemos todo ser contado encima para vivir abajo a nuestros impulsos más bajos.
El uso analógico de una metáfora.
Animales seguros estivate.
Las personas muchísimas son temerosas de cotas.
Siempre gira primero a la sección empresarial.
Aborrezco personas quiénes mantienen perros.
Un menor, insignificante bureaucrat.
No es estúpido, pero no es exactamente un genio tampoco.
Su deseo de morir.
Empezaron para luchar como divertido.
Esta tienda duerme seis personas.
Para activar su captivation, Depósito en su terminación, Una cantidad de partículas saline.
Decidí su doble era un risco.
La tira minera dejado un disfigured paisaje.
Creció más rico y más codicioso.
Un fiable sourcSFLe de información.
El río es alto.
Nueva York y ciudades adyacentes.
La música fuerte le saludó cuándo introdujo el apartamento.
La unión rompió con sus procedimientos no democráticos pasados.
Siempre mantengo baterías en el congelador.
El Ministerio del Interior británico tiene responsabilidades más anchas que el Departamento de Estados Unidos del Interior.
Los espectadores atónitos lloraron en los cuadros de la Ciudad de Oklahoma que bombardea.
La manera de querer cualquier cosa es para darse cuenta que podría ser perdido.
Siempre ser sincero, incluso cuándo no lo significas.
no le gustó el llenando en la playa.
La actuación de la aeronave modificada era mucho mejoró.
Hizo vuestro libro más tardío parece todavía?
Una identidad de junta.
Este poco cerdo hizo su casa fuera de paja.
Es aceptable de disparar atrás.
Las primeras reuniones de la fiesta nueva.
Pone un ejemplo lustroso para otros para seguir.
Dio apoyo sin reservas a su candidatura.
Podría congelar a muerte en esta oficina cuándo el condicionante de aire está girado encima.
Quiso ser el primero.
Complacer signo aquí.
Personas quiénes van a las conferencias son las que tener que no.
Analizar la evidencia en una prueba criminal.
Sus varias consecuciones son impresionantes.
El césped necesita un trato sumo de abrevar.
La intensidad de estrés está expresada en unidades de forzar dividido por unidades de área.
Propuso un elaborar programa de obras públicas.
Nuestro local super la lonja entrega.
La calidad de la piedad no es estirada.
Un finicky eater.
Hecho con juego.
Un outgoing steamship.
Concierto un diferencias.
Les pasa por!
Las cosas me preocupo aproximadamente no pasa.
Doctores y obra de enfermeros mano a mano para salvar vidas.
El Incas terraced su tierra montañosa.
La optimización obstaculiza evolución.
La llanura costera Atlántica.
Era unattractively vestido anoche.
Un registro puede flotar en un río, pero aquello no lo hace un cocodrilo.
Para volver en vuestros pies, pierde dos pagos automovilísticos.
Un débil, nerveless fool, devoid de energía y promptitude.
El organista estiró fuera todas las parones.
Los coches careered abajo la carretera.
El alumnado liberated sus esclavos a graduar de la universidad.
El figurative arte de la tradición humanística.
Todo después del descubrimiento del asesino era anticlimactic.
La composición está escrita en cuatro movimientos.
Esto puede parecer callous, pero es la manera mejor , realmente.
Una mentira en tiempo salva nueve.
Un shakedown crucero.
El chef probado la salsa con satisfacción suma.
Recuerda para verter el camarero.
Y si te preguntas, Qué estoy haciendo, Como estoy encabezando para el fregadero.
Yo nunca equivocado en mi vida.
Espero que puedo recordar qué era por el tiempo lo encuentro.
Si sólo mantuvo sistemas, las personas tratarían le gusta un criado.
Cuándo estuvo soplado arriba, el edificio powderized.
Un sullen multitud.
Su pintura pone el benchmark de calidad.
El gobierno nacional.
Chock El bote.
Las reformas propuso era demasiado radical para los políticos.
Una relación estable.
El animal de hablar.
Gauge Los instrumentos.
Young niños necesita mucho TLC.
Si conduces un grande, coche patriótico , americano tienes nada para preocuparse aproximadamente.
Un real cop cogería físico.
El nombramiento era breve y al punto.
Una mujer baratamente vestida se le acercó en la barra.
El hospital le contrató para hacer scut obra.
Cubierto el asunto en una declaración breve.
El mislaid el sombrero apareció finalmente.
Sólo pienso aproximadamente lo.
Lee esperó a detach Maryland de la Unión.
La sangre entera es normalmente utilizada en transfusiones de sangre.
Nada aquello está forzado nunca puede ser bien, Si no viene naturalmente, dejarlo.
Perl Los usuarios construyen herramientas pequeñas todo el día mucho tiempo.
Los niños hunkered abajo para los proteger del sandstorm.
El molde delicado de sus características.
En USENET, esto está sabido como resumen.
Su lordly las maneras eran ofensivas.
Estuvo tomado aback por tal inhospitalidad.
La influencia benigna de aire puro.
El más el más alegre.
Esto tiene que ser mañana .
Coge loca cuándo le despiertas arriba tan temprano.
Loco en su amigo.
Quién bankroll la restauración de la economía alemana Del este anterior?
El matrimonio causa datar problemas.
Comercial oxalic ácido.
Doble Bucky izquierdo y derecho O'd junto, outta vista!
Un interlocking de las armas por la policía aguantaron la multitud en control.
Su moda de pintar era una reacción en contra cubismo.
El voltaje estuvo aumentado stepwise.
Ilegalmente aparcó los coches serán remolcados en el gasto del dueño.
Mi método es para tomar el problema sumo para encontrar la cosa derecha para decir.
La práctica hace perfecta.
Su primer trabajo en Hollywood era como doble para Clark Gable.
La población de rebrotar.
Era ahora aclarar del cargo de cobardía.
Habló extemporaneously.
Una experiencia de hincapié.
El prepupal fase.
Vertieron los residuos ilegalmente.
Los gritos frenéticos mehacen nerviosos.
Hay ninguna necesidad de hacer muy housework en absoluto.
Somos tan dioses, pero conocerlo no.
Fue resuelto en un trabajo cómodo, uno para qué era bien preparó.
Una conferencia seca llenada con detalles triviales.
Su lineaments era muy regular.
se tuvo que componer antes de que podría responder a este insulto terrible.
Las flores son un attractor para abejas.
Los coches collided.
Un insufferably actuación preciosa.
Sintió tuvo que sever sus lazos con otros miembros del equipo.
Un mendigo masquerade de riqueza.
Visitan Nueva York de vez en cuando.
Tuvimos que ver un psiquiatra.
Fuerzas serbias assailed Bosnian ciudades toda semana.
Los barcos británicos ancla caída y esperado para órdenes de Londres.
Prueba que estos fija es el bug libre y corrido correctamente.
Fantaseó romantically sobre eloping con su novio.
El hikers coronado la montaña sólo antes de que mediodía.
Exploró cada recoveco y cranny de ciencia.
Realmente creyeron que el tratado de Versailles era iniquitously injust.
Pez tropical mauritanio.
Los infractores merecieron la disciplina dura recibieron.
Buscado alto y abajo.
Cortes habiendo jurisdicción en este distrito.
Los bárbaros despidieron Roma.
El Shin la apuesta también maneja seguridad global para la aerolínea nacional de Israel.
El mundial realmente no es muy peor.
Un diario con una circulación modesta.
La temperatura está bajando.
Un onshore faro.
Regularize El corazón batió con un fabricante de paso.
Es un hombre capaz de girar cualquier color a gris.
La herida está curándose despacio.
El pointedness de su sarcasmo era unmistakable.
Tasas de arancel preferente.
Dio la impresión de ser bastante relajado.
Sus intereses están servidos.
La cera fundida en el sol.
Sus comentarios tocaron a las sospechas del comité.
Un secreto alcohólico.
Pusieron arriba de un banco alimentario para las víctimas de inundación.
Consciente de sufrimiento humano evitable.
Un handless veterano de guerra.
Entonces también, es el suyo .
El bote cojeado al puerto.
Dos cajas habiendo las mismas dimensiones.
Cogiendo cercano a la explicación cierta.
Un percusor fino de la bola.
Evita comas, aquello es innecesario.
Su dimisión tuvo implicaciones políticas.
Los hombres dicen que quieren gatos, pero cuándo las mujeres no están mirando, gatos de chut de los hombres.
El presidente suplente.
Y las vocales?
Un reputable negocio.
Dejado thy criado de sirvienta ser fiel, fuerte, y homely.
Una apelación al público de mantener tranquilo.
Los derechos extraños al ricos.
El muy cuadro de un general moderno.
La bebida era su downfall.
El bleak treeless regiones del Andes alto.
Su rabia para fama le destruyó.
La ley vino buscar le.
Minero es un trabajo sucio.
El diario de campus de Tecnología de Georgia después del gusano de Internet.
Un unflattering retrato.
Esperé una cuenta breve.
Implementar un procedimiento.
Una muro vacía.
Esperaba para un sí.
Flota de pies.
No beberé!
Este tipo de exposición de borde es utilizó repetitively en publicitario.
Noche buena, Señora
Este jueves pasado.
Tomamos nuestros escaños en la orquesta.
Encontrado una algo manejable para el abrelatas.
Si conejos' los pies son tan afortunados, qué pasó al conejo?
El coche quedó stationary con el motor que corre.
Symptomatic De insanity.
Tropezado cuándo dio un paso backward.
Una copia de seguridad de tráfico en la calle principal.
Un cromosoma metacéntrico.
Si no te preocupas donde eres, entonces no eres perdido.
Nunca montas un camello?
Estuvo emocionado por la velocidad y el rugido del motor.
En una prisa espantosa.
Estos conflictos de comportamiento con nuestras reglas.
Un refrigerant sustancia como hielo o dióxido de carbono sólido.
Las mujeres solitarias sientan en casa y espera.
Hemingway Favores construcciones activas.
Por qué no asomas vuestras patas buenas y llevar faldas más cortas?
La póliza de seguro nueva está escrita sin cryptic o plazos misteriosos.
Él gulped para ayuda después de choking en una pieza grande de carne.
Me gustan las chicas jóvenes.
Complacer modificar esta letra para hacerlo más educado.
Por fin el invierno era encima.
Los trópicos vaporosos.
Un sombrero florecido.
Exude Sudor a través de los poros.
Esto era el corte más más antipático de todo.
Encontrar el divertido y chasquear!
Comen Twinkies y Szechwan comida.
Silbó tunelessly.
Este impinges en mis derechos como una personaje.
Potentiate La droga.
Un thirster después de que sangre.
Tan puro de corazón que su peor es otro hombre mejor.
Quiere Señora de ley Macbeth, pero es demasiado joven para la función.
Ellos moaned en desesperación y desanimar.
Compadeció su hermana profundamente.
El abriendo establecido el tema básico.
Un quarantined animal.
Había hecho estos remarca offhandedly.
Insistió encima disciplina entre las tropas.
Una helada aconsejable.
El senador llevó su estado de casa.
El papel informó bastante tendentiously en las atrocidades de guerra.
Lonja runups está seguido por correcciones.
Y todo el mundo conoce es ahora o nunca.
El rock estuvo estratificado por la fuerza del agua.
La hoja giró encima.
Imponiendo un amordazar orden en los miembros de la prensa viola la Primera Enmienda.
Su certeza tranquilizó el otros.
La situación es desesperada.
Uno no tiene un sentido de humor.
Tan dirtily bebido como habitual.
Undaunted En la cara de muerte.
Pintura y el narró artes.
Tiende a los niños.
Su obra más temprana refleja la influencia de su profesor.
Un teatro empaquetado.
Este dinero era fraudulentamente obtuvo.
Una mentira palpable.
Sus hombres obraron disloyally y le traicionó al final.
La mujer quién se da toma todo vuestro tiempo.
Un impolitic aproximación a un asunto sensible.
Esta multiplicación de celdas es un natural correlate de crecimiento.
Un profundo bien.
Contestado con un unimpassioned defensa.
El esurient ojos de una curiosidad ávida.
Los críticos saludaron el jóvenes pianist como nuevos Rubinstein.
Hecho un sitio seguro para él en su campo.
Una letra de admonition sobre los peligros de inmoralidad.
Los niños regresaron del seashore con sus conchas y otros tesoros.
Escuchó a él sympathetically.
El lunes es una manera terrible de pasar uno séptimo de vuestra vida.
Traidor winding carreteras.
Una contribución importante.
Un aumento gradual en precios.
Escucharon a su propuesta.
Convocar un abogado.
Un deporte bueno.
Nadie sabe qué continúa en en estos sitios.
Control de programas en y nunca comprueba fuera!
Luna media esta noche.
Anuncios públicos y guió visitas del antedichos no es necesario.
El motor era fuera de comisión.
Una historieta animada.
Navegó el barrio en su nuevo convertible.
Lensmen Comer Jedi para almuerzo.
El pintor es flattened contra la muro cuándo intenta para seguir a la pintura.
El Conde de Warwick era el primer kingmaker.
Dijo que la arquitectura es la arte de malgastar espacial fantásticamente.
Todo el mundo sabe el capitán lied.
Un brimful copa.
Una enfermedad importante.
Teniendo obrado para gestión pobre, ya no valoran sus trabajos.
Un mannish zancada.
El gobernador comulgó con el resto de la congregación.
Uncouple El hounds.
Un día perfecto.
Hace dos años.
Perros cobardes, ye no ayuda me entonces.
Rusia y los Estados Unidos hablaron el desmantelando de sus armas nucleares.
Un Scotsman paseaba a través de Calle Alta un día que lleva su kilt.
Cuatro barnizó muro.
Nuestras asíntotas ya no fuera de fase, encontraremos, contando, frente a frente.
El dorsum del pie.
El fin justifica los medios.
Deformado thalidomide criaturas.
Un uncrowded vista.
Lo da a seis Californians, así reduciendo el problema al chiste más temprano.
El Escéptico Inquirer, Vol.
Necesito estructurar mis días.
Curva la caña.
Esto parece para ser un problema muy difícil.
Claro las hojas del césped.
Tom Bom, jolly Tom, Tom Bombadillo!
Este escritor ploddingly acumula detalle después de que detalle.
O Grande bucks día!
Fue exterior para un humo.
Era en ayer diarios.
Las bombas son una terrorista está llamando cartas.
Vuestro taxi es amarillo y negro, y ha sido en uso para único siete años.
Una serie de comedia.
Tiene que ser hecho para darse cuenta que los estands de empresa en un punto crítico.
El candidato reinventó el concepto de cuidado de sanidad nacional de modo que cogería elegido.
Estos jets grandes están ligados a aeropuertos grandes.
Las partículas desintegraron durante el proceso de fisión nuclear.
La marca noticiosa su sentir consolado.
Un inamorato es alguien enamorado.
Un canal navegable.
A escaso y compendious libro.
Marca él bien antes de que lo haces más rápido.
Estudió la física de radiación.
Aceptamos la idea de cuidado de sanidad universal.
Los edificios toda línea arriba pulcramente.
Loath Para ir en tal aviso corto.
Él twanged su lazo.
Un penal offense.
En aquellos días una mujer tuvo que depender en el mercifulness de su marido.
Cogí arriba en mis deberes.
La garantía bendita de unos ingresos firmes.
Otherwise A Personas no les podrías gustar.
Un asunto muerto.
Puede tomar varias porciones para cumplir esto, especialmente si sutilmente condimentó.
Unlawful Para llevar cazando rifles afield hasta la estación abre.
Un plato superficial.
Es un trabajador bueno .
había irreconcilable diferencias.
El pitcher herida arriba y él flang la bola en el batter.
Tres horas un día producirá tanto como un hombre ought para escribir.
La tormenta trajo varias pulgadas de precipitación.
Un programa con GOTOs, no tiene ningún fin!
Las marcas gruesas hicieron por un lápiz romo.
Él retracted sus declaraciones más tempranas sobre su religión.
Daringly Tomó el primer paso.
Covert Financiación para el se rebela.
Nuestra póliza es, cuando en duda, la cosa derecha.
Combate simulado debajo afecciones.
Nosotros finalmente cogidos a través de la burocracia y podría hablar al Ministro.
Un nippy día de caída.
Una carretera negociable.
Mucho calor de conducta de los metales.
La bomba detonada en mediodía.
Una equivocación sola deshizo el Presidente y él tuvieron que dimitir.
Es difícil para personas enteradas para acaecer natural.
Sólo pensar lo que un más bueno mundial esto sería si estuvo controlado por gatos.
El deber ha acaecido el Moloch de vida moderna.
El lado derecho de la tela asomó el patrón.
Pidiendo los poderes nuevos de vigilancia es sólo una pantalla de humo para esconder sus fallos.
Patience es el remedio mejor para cada problema.
La mayoría de cosas pesadas y sustanciales.
El puritan obra ethic.
La carne es todavía bien.
Unskilled En el arte de retórica.
Esperé varios días para su respuesta.
Era inebriated por su éxito fenomenal.
Cariz lejos y ver el fin desde el principio.
Cuando en pánico, miedo y duda, Bebida en barriles, come, y grito.
El solidness de su fe dio su esperanza de soportar.
El contacto nuevo lenses corregirá para su miopía.
Hablando sinceramente con su hijo.
Rag Que tonada vieja.
Su belleza extraordinaria.
Nos gusta dimmed luces cuándo tenemos cena.
Un catcher necesidades equipamiento protector muchísimo.
Este producto está significado para propósitos educativos sólo.
Cria del muerto.
Descubrió que su casa no fue asegurada contra casos fortuitos.
Pero yo digress.
A la octava nota pero no más allá.
Un splanchnic nervio.
Fui encima a mi amigo, era eatin' un pepinillo.
Revuelo la sopa.
El perro feliz wagged su cola.
Trató los tejidos resisten wrinkling.
Era viciously atacó.
Diseñó para ir lejos en el mundo de empresarial.
El steering de mis respuestas automovilísticas nuevas al slightest tacto.
Sólo no puedes aguantar personas, no les puedes poseer.
Envía abogados, pistolas, y dinero, Papá, cogerme fuera de este.
La guerra extendió encima cinco años.
Un hombre violento morirá una muerte violenta.
Rodó arriba de una fortuna pequeña.
La estructura del benzene molécula.
Nació con una cuchara de plata en su boca.
El tiempo es una ilusión , hora de comer doblemente tan.
Las personas comunes en aquellos días padecieron mucho.
Esta gallina no pone.
El barro mired nuestro carro.
Lo estiré para exponer sus debilidades.
El director de película estuvo celebrado por todas partes Hollywood.
Un diario liberal.
Hay poca fundación para sus objeciones.
Foreplay Ha lousy gráfico.
Adolescentes ansiosos de huir restrictive entornos de casa.
Nosotros todos tienen nuestros gestos idiosincráticos propios.
Fuerza fuera del splinter.
Bien powdery nieve.
Teoría cuántica probabilista.
Sabes el poema bien bastante para recitarlo?
La capacidad ejecutiva está decidiendo deprisa y cogiendo alguien más para hacer la obra.
Desafió sus reclamaciones.
Cada de vez en cuando lo giro encima y fuera.
Pone fuera para la ciudad grande.
Goldfish Y dado.
Era encima guardia que noche.
La guerra real es un muy messy negocio.
Alguna cantidad de cronometrar más tarde tuvieron todo completó sus libros respectivos.
Molestia aguda sentida.
Atención cercana pagada.
Algunas personas quieren Christianize sitios paganos antiguos.
Dejar vuestro niño el cuidado del enfermero.
Saludó con la cabeza su aprobación.
Vino una manera larga.
En tiempo moderno como estos.
Estuvo atraído por el smallness de los impuestos.
Respuesta la cuestión!
Probó el conjunto del pegamento.
Estos inocente bystanders era senselessly asesinado.
Un polyglot la biblia contiene versiones en lenguas diferentes.
El perro plumy cola.
Sereno Puritan gris.
Una celda de esperma desarrolla de una celda de madre del esperma.
Era arriba en sus deberes.
Pyongyang Es la ciudad más vieja de Corea pero poco de su historia ha sido preservada.
Pez grande evasión sola de thee!
Cumplimos en Singapur.
Tuvo un itchy dedo del mordisco de mosquito.
El envase es todavía selló.
La policía cerraba en encima le.
El más pronto todos los animales son extintos, el más pronto encontraremos su dinero.
EL agua en el bol congeló.
Una vejez madura.
Hemos sido intercambiando letras para un año.
Las alteraciones en el documento estuvieron gobernadas para ser criminally fraudulentos.
Su disparó pegado el brocal y botó fuera.
Un afirmativo saluda con la cabeza.
Estudiantes habiendo poderes diacríticos superiores.
Metió su rodilla.
Un concepto noble y elevado.
Paseo en tornillos o rayos.
Miraba en su frowningly.
Sus músculos destacaron en nudos.
En su famously anecdotal moda.
El sitio de web israelí sufrió menoscabo por hostil hackers.
El Shakespearean Shylock es de dubious valor en el mundo moderno.
Las mujeres quieren sus hombres para ser cops.
La fermentación es un biogenic proceso.
Dónde hay una voluntad, hay un pariente.
Insistencia en gramatical correctness es una puesto conservadora.
Su alcohol era salvaje, como un mono salvaje.
Era bien behaved delante de empresa.
Líquido alimentario compactly almacenado en un pressurized tanque.
Lágrimas streamed abajo su cara.
Complacer modificar vuestros programas consiguientemente.
Es un estudiante del occult.
Esta música nueva es ciertamente diferente pero no realmente me logusta.
El dirigente presente.
Las alas de los pájaros clapped ruidosamente.
El económicamente clase de ascendente.
Quemadura de calorías a través de ejercicio enérgico.
Ninguna casa es childproofed a no ser que el poco darlings es en straitjackets.
Era unduly pesimista sobre su futuro.
Huelga arriba de una conversación.
Hombre quién cae en vat de molten ojera de marcas de vaso óptica de self.
Choque en la puerta.
El bote tuvo una boca ancha.
Las tensiones mundiales tienen, si cualquier cosa, aumentado en el siglo de barrio desde H.
Pero complacer no me pide para ayudar.
Hablamos nuestro presupuesto de casa.
Una historia alta.
Varios avistamientos de tropas de enemigo estuvieron informados.
Para evitar el envenenamiento alimentario es seguro la carne es bien cocinado.
Un arreglo acogedor con la policía.
No podría aguantar todavía muy más largo.
Si todo el mundo importó su negocio propio, el mundo iría alrededor de un trato más rápido.
El cielo benigno.
El musgo en el árbol no teme el talons del hawk.
El grito agujereó la noche.
Inglés stills osos el imprint del Norman invasión.
Adhirieron a su plan.
Las palabras son la voz del corazón.
Este juego tampoco marca o romper el playwright.
El último hurdle antes de que graduación.
Es una estrella de pantalla y vídeo.
O Las nubes desdoblan!
Movido abajo en un sidelong manera.
Vaso las ventanas.
El dumplings era chunky piezas de crudos dough.
Decidió tocar junto con el burglars de momento.
Su unwillingness para cooperar vetado cada propuesta hice.
Su muerte violenta era euphemistically referido a como pasar fuera.
Podría ganar si no fue un choker.
Te Perro afortunado.
Él tumped sobre su cerveza.
Cogió bareheaded por el chaparrón.
El esquema de alguna inteligencia siniestra dobló encima castigándole.
Dijo algo a aquel efecto.
Él grabbed la atracción y abrió el cajón.
Serás la víctima de un chiste extraño.
Ellos nunca reprinted el famosos treatise.
Podría su scarred mente nunca ser libre de miedo?
Extendimos nuestros bolsos de dormir en el piso seco de la tienda.
Los vientos son del norte.
La ciudad todavía pone adelante pretensions como centro famosa.
Gozado un chat sociable.
Los hechos habían sido traídos a la superficie.
De todo landlubbers el más lubberly.
El capitán estuvo confiado con el trato de provisiones.
El dropout tasa.
El perro un trabajo en mi almohada.
Norbert Weiner era el tema de muchos dotty historias de profesor.
Ansió el entorno cómodo de su salón.
Los corazones eran triunfos .
Dejó un desorden cuándo movió fuera.
El fabricante más grande del país.
La primera casa en el derecho.
Prepara para ser asimilado.
Un iffy proposición.
El movimiento de la tierra uplifted esta parte de ciudad.
La batalla para la lonja de ordenador ahora ha logrado masa crítica.
Recuerdo cuándo legal utilizado para significar lícito, ahora significa alguna clase de loophole.
El alumnado parroted las palabras del profesor.
Solmizate Una canción antes de que aprendes las letras.
Fastidious Sobre personal cleanliness.
No hemos visto a cualquier cosa le gusta él en el último medio una hora!
Él meramente outlives les.
Piel negra lustrosa.
Qué una frase fea.
Probar el Moo Shu Cerdo.
Alerta bastante a algo la oportunidad cuándo vino.
Los cerros alrededor aquí caída hacia el océano.
Era la deliberación de su ley que era insultando.
Un sentido de self.
Era en trabajo para seis horas.
Una invención abonó a Edison.
Inductive Al pecado de Eve.
Son descendientes de indentured importees.
La sustitución de sangre perdida por una transfusión de sangre de donante.
Un contrato firme.
Un sumo muchos.
La rama speared arriba al aire.
Finalmente vio la luz.
Un collage de memorias.
Ego Suma ens omnipotens.
Unyoke La vaca.
El barbero le dio un corte bueno.
Este vestido está cosido a mano.
Una reprimenda eficaz.
Valles violetas y el sunstruck ridges.
De sangre suave.
Mis pensamientos no son demasiado claros, pero no se ahuyenta.
Habiendo Nada, nada puede pierde.
Un aumento meteórico a fama.
También acquiescent para desafiar potestad.
Un monedero snatcher.
Dejaste vuestro segundo a la cabeza atacar mientras sientas y reloj para debilidad.
Te ha asomado, o hombre, qué es bien.
Cuántas personas resultaron que tarde?
Una cerveza retrasó es una cerveza negó.
El primer tiempo, es un KLUDGE!
Snow y adolescencia son los problemas únicos que desaparecer si les ignoras mucho tiempo bastante.
Un tejido homólogo graft.
Su amatory asuntos.
Un poco de mecer cogido le en el ojo.
Estos tonos haber clicked abiertos muchas puertas.
Los rifles explotaron cuchillos rápidos de fuego a la oscuridad.
Esta letra está escrita en behalf de mi cliente.
El landless campesinado.
Quiero saber el significado de vida.
Los precios sumergieron abajo.
La ciudad es a mano.
Nuestro anthropocentric vista del mundo.
La oficina del abogado de distrito investigó informes de irregularidades posibles.
Algunas celdas hubieron nucleated.
Siempre dibujar vuestras curvas, entonces trama vuestra lectura.
EL agua vino hasta mi cintura.
El niño sofocado bajo la almohada.
Era paciente con los niños.
Un fleecy forro.
Polvo de tiza cubrió las manos del profesor.
Dos en el frente, dos en el atrás.
Ha Habido charla aproximadamente tú últimamente.
Su sala era hacia el trasero del hotel.
Si vives mucho tiempo bastante, verás que cada turnos de victoria a una derrota.
Boxeó anuncios en el diario.
Vuestra casa es encima fuego, Vuestros niños quemarán!
Paga arriba, complacer!
Esto es la clase de uso de profesionales de conjunto de herramienta.
Sentaban por el borde del agua.
Todo el mundo aclamó el chico de cumpleaños.
Si obra, no es X ventanas.
Cuándo dos naciones tanto recurrir a disuasión nuclear la consecuencia podría ser destrucción mutua .
Asqueroso el agua.
El mar furioso.
La educación es un determinante importante de uno es perspectiva encima vida.
Construyeron una casa de árbol en el tortuosities de su boughs.
La mayoría de iraquí es musulmanes chiitas árabes a pesar de que Sunni los musulmanes controlan el gobierno.
Su carrera está atada arriba con las fortunas de la empresa.
La prueba del puding es en el comiendo.
La cuestión definitiva.
Grasa de cortes del jabón.
Era el peor nunca había hecho en una prueba.
No tienes que ir.
Efectos beneficiosos de una dieta equilibrada.
Presentar una regla.
Es mucho más duro de encontrar un trabajo que para mantener uno.
Utilizaría newspapermen como tornavoz para tales pólizas.
Castigos duros para sturdy vagabonds y masterless hombres.
Hacer doctores de país llamadas de casa de marca quietas?
La juventud es una enfermedad de qué nosotros todos recuperan.
El tiempo bueno está acercándose, La estación es a mano.
Paseo en tristeza.
El león lashed su cola.
La torre del Centro de Comercio Mundial tumbled después del plano lo pegó.
Greaseproof Papel de envoltorio.
Si la chica quieres movimientos en con otro tipo una vez, es de sobra.
Hay nada bueno en guerra.
Una mente tan innovational, tan original.
Un weedy ruta.
Qué es FORTRAN?
Los juegos haber siempre nos fortalecí.
Un temperary arreglo.
Programadores de ordenador lo byte por byte.
Tiene la potestad para emitir warrants.
Abrazó catolicismo.
Era el despertando arriba odió más.
Él promptly olvidó la alocución.
El bosque rodea mi hacienda.
Una voz dorada.
El procedimiento desbloqueó sus arterias.
Reclassify Los documentos.
Bandas de marauding indios.
Tenido un alto burly marco.
Les Como tiene, coge.
El equipo tuvo un muy decepcionante winless estación.
Lanzador un barco.
Él él en una apuesta.
Con este código que nunca crece.
El McGuffin era un elemento clave de Alfred Hitchcock películas.
Restaurar el bosque a su original pristine afección.
Picadura con la pensión.
Flores dehisce cuándo liberan polen.
El peor que podría pasar.
Su lastimoso laments podría ser oído durante el ward.
Pero soy enfermo y cansado de ser dicho que soy.
El pianist screwed arriba del pasaje difícil en el segundo movimiento.
El sordid los detalles de sus orgías apestaron bajo su muy narinas.
Gritó triumphantly.
Extendió su visita por otro día.
El béisbol es un juego especializado .
Más de cualquier tiempo en historia, la humanidad ahora afronta un crossroads.
La evidencia apoya el defendant.
Un castillo implicado en neblina.
El segundo mito de gestión es que éxito equals destreza.
El traslado del poste central dejó el techo unsupported.
Va fuera antes de que empiezo para llorar.
Hermanas y hermanos enteros.
Complacer quedarse la carnicería!
Batió el boleto de metro.
Un fallo de poder temporalmente oscureció la ciudad.
Un magnanimous conqueror.
Charlas a self.
Ligaron su víctima a la silla.
Sleepiness Causas muchos accidentes de conducción.
Movió fuera de peligro.
Pone un hueso roto.
Demasiado grande para su britches.
Votó para ir al restaurante chino.
Es brilig Guerra.
Enviamos fuera de planos para reunir inteligencia en su cobertura de radar.
Adoptar un libro para un screenplay.
Un pasaje secreto.
La selección natural no importará pronto, no anywhere tanto como selección consciente.
Cuántos tipos de hardware toma para cambiar una bombilla?
Podría pintar la luz más ligera y la oscuridad más oscura.
Es mejor de quedar childless que a padre un huérfano.
Voto que nosotros todos van casa.
Bebimos thirstily del bote que estuvo pasado alrededor.
Oferta void dónde prohibido por ley.
Anunció el imperishability del producto.
Nunca sancionan el impuros, Ni reconocer una obertura.
Un fetching nuevo hairstyle.
La juventud no se disculpa todo.
La medicina es ya no una coto macho.
La pistola estuvo estabilizada en un resto especial.
Él rethought su decisión para tomar unas vacaciones.
Dictó un informe a su secretario.
Un amigo de mina es a Acupuntura de Vudú.
Para educación de adulto nada bate niños.
Giró a sus parientes para ayuda.
La mujer nos inspiro a cosas sumas, y nos impido de conseguirles.
Hicieron una visita de Guerra Civil battlefields.
En qué fase es las ciencias sociales ?
Un tímido unassertive persona.
Pelea del onslaught.
Anduvo alrededor de tiredly.
El más extraño quién cuelga alrededor del edificio me asusto.
Cogiéndolo fuera su conscience le dio algunos alivian.
La guerra le dejó immeasurably temeroso de qué hombre puede hacer a hombre.
Ellos underlaid el shingles con roofing papel.
La suma del Universo es cero.
Su un arriba lonja.
La sopa animó despacio en la estufa.
Va en y darlo un probar, Por qué prolongar la agonía, todos los hombres tienen que morir.
Él grabbed la mujer en un chokehold, reclamó su dinero efectivo y joyas, y entonces huyó.
Esta clase de veta acompaña arterias seguras.
Era en un dither.
Tocó abajo su abolengo real.
Ninguna justicia, complacer, maldición ye!
Qué pasado anoche puede pasar otra vez.
Vinieron en todo caso podrían.
Si un hombre dormido por día, tuvo poco tiempo para obrar.
Agua sprayed por todas partes el piso.
Es mal siempre, en todas partes y para todo el mundo para creer cualquier cosa a evidencia insuficiente.
Los italianos expresan café más que filtrarlo.
Los niños eran clapping a la música.
La energía puede tomar una variedad ancha de formas.
Nada es imposible para el hombre que no tiene que él él.
Un sultry cariz.
Una empresa coge.
Con escuchar viene cordura, con hablar repentance.
Un altamente maneuverable barco.
La política es su pasión de consumir .
Preocupación sobre el chisme y secretiveness y otro scrimy lados.
Su religiosidad es dialectically narrado a su sinfulness.
cojo cobrado para este servicio?
Aguantó arriba bajo la tensión enorme.
La oposición excitada.
Hablaré la cuestión herein.
Dejaron un pequeños abriendo para el gato en el fondo de la puerta.
Un sitio seguro.
Desgastes sólo la moda más tardía.
Su dolor completamente mastered le.
Mirado en cada otro dumbly, bastante disconcerted.
Dios es realmente sólo otro artista.
Una mano de rancho.
Nació fuera de wedlock.
Un bloque sólido de madera.
Cada último un de ti.
Después de la Guerra Civil era un hombre libre .
La consecución definitiva.
El fallo le hizo malévolo hacia quienes eran exitosos.
Las águilas de Florida tienen un feroces baleful cariz.
Una sucesión de las paradas que ofrecen bebidas blandas.
El tejido en la córnea del ojo puede opacify y el paciente puede ir ciego.
Estuvo dignificado con un título.
Su sentido de humor tiene que ser una gracia de ahorro.
Hicieron cortos shrift de mi petición.
Tenemos que mirar en los hechos objetivamente.
Y me quiere tomar en casa para asomarlo a mí.
Cuándo los usuarios ven uno GUI como bello, otras interfaces de usuario acaecen feas.
Esparci cartas a través de la mesa.
Era supererogatory de su a gloat.
Una moda ordenada.
Las pruebas estuvieron dirigidas para determinar paternidad.
La espera hasta vuestro padre coge casa.
Fortalecer las relaciones entre los dos países.
Un novato de la sien una vez se acercó el Sacerdote de Jefe con una cuestión.
Si no es rompió, fijarlo.
Su iniciación al club.
Cayeron a una rodera conversacional.
Esto añade una nota ligera al programa.
El miedo de enfermedad le persigue.
Contrataron ayuda adicional para acabar la obra.
Este profesor spoonfeeds su alumnado.
Más de un galón.
Estimaciones de la pérdida de la ciudad en aquel trabajo varió tan alto como millones de dólares.
El carterista dodged a través de la multitud.
Un ruinous curso de acción.
Parecía untroubled por dudas de cualquier clase.
Puso su golf bolso en el tronco.
Mi fe ha sido sacudida.
Un meteorito inusual.
Vino cercana a chillar con miedo.
Cuándo una mujer casa otra vez es porque detestó su primer marido.
Pensar el asunto a través de.
El negro mirado futuro.
Una área de suavemente sloping cerros.
Estamos corriendo abajo unas cuantas puntas.
Inundó su sorrows en whiskey en la barra.
Un puerto dulce.
Mapa la superficie de Venus.
Él él fuera de una sensación de obligación moral.
Ahora dejado la diversión empieza!
Su mujer es británica.
Un elemento accionario.
El shadiness de sus transacciones.
El contexto histórico.
Un fácil pat en el hombro.
Vestal Las vírgenes no son todo aquel malos.
Cabido un vestido.
Es mejor de viajar hopefully que para volar Continental.
Las culebras son miembros de la clase Reptilia.
Aullidos de risa.
Un inhalant poro.
Un commotion de las personas lucharon para las salidas.
Les enviamos alimentarios y alguna ropa fue en el envase.
Tomó una vista optimista.
Hacer vuestro wombats sueño en tophats?
Parece a ha sido completamente unread en teoría política.
Romo los cuchillos.
Probó no para hablar enfermo del muerto.
Qué I no entiende es sólo por qué no Puede ser uno o el otro, indudablemente.
Jesucristo era crucified.
Yo no haber incluso un dólar!
No puedo pensar sobre aquel.
Son menos dejados que dejó transiciones, si ves qué I malo.
Vestidos de verano ligero.
Un variable capacitor.
El aficionado es estrechamente narrado al coleccionista.
El marcador está ligado.
Somos seres animados .
Ningún mal puede pasar a un hombre bueno.
Si no atacas óleo en veinte minutos, la parón que aburre.
El pornographic cuadros sickened nos.
Me di el manuscrito acabado.
El contrato de ventas contiene varias representaciones por el vendedor.
Encendió un partido pequeño para asistirle, Oh, trae atrás mi Bonnie a mí.
En cueros de la cintura arriba.
Para acusar oneself espectáculos que uno es educación ha empezado.
Sus dedos chasquearon.
A sangre fría.
Vistas políticas extremistas.
Un embossed satén.
El superior limb del lazo.
El perro woolly shag.
El propósito real de libros es para atrapar la mente a hacer su pensamiento propio.
Perspectiva un trabajo.
Un vapid sonrisa.
Debajo comunismo, es sólo el opuesto.
El rock es un plazo genérico para la gama de modas que evolucionados fuera de mecer'n'corro.
El éxito de su hermano le dejó en la sombra.
Recordó cómo utilizó para elegir flores.
Esta puerta es baroquen, complacer wiggle Handel.
Dirigieron de alguna manera.
Tuvieron que acortar el plazo escolar.
Corte slits en costra superior para dejar evasión de vapor.
Mordisco el renacuajo de cera.
Siempre más aceptando de entrenar sugerencia que su teammates.
Hemos phasers, voto volamos 'em!
La virtud es un plazo relativo .
Este bote sólo puede llevar una aspa pequeña.
Un fledgling esquiador.
Cariz antes de que saltas.
Si el compilador es más sumo, entonces las aplicaciones es sumas.
Los cables hubieron sagged mal.
Una nota pesada.
Un unsettled asunto.
Viven dos puertas arriba de la calle de nosotros.
Dejó escolar antes del fin de plazo.
Un crítico enterado.
El equipo local estuvo favorecido.
Comiendo el chocolate es gusta ser enamorado sin el agravamiento.
Iodize Una herida.
Un embarazoso sleaziness que espero será corregido por los diarios más éticos.
Inició un programa nuevo.
Tomó la manera fácil fuera de su dilema.
Así que agotó era atenuar a qué fue en sobre su.
Tuvieron sexo en el escaño posterior.
Yo realmente cuidado sobre mi obra.
Temió que mencionándolo podría reabrir la herida.
Era primera y última una científica.
La volatilidad de la lonja condujo muchos inversores fuera.
Las sutilezas de esta ocasión claramente británica.
Una estela tachada por putrescent carcasses.
Turno del stereo, complacer.
La teoría organísmica del estado.
No para consumo humano.
Después de que Navidad, muchas mascotas cogen abandonadas.
Siente bueno de ser en casa otra vez.
Marchas muy bien con todo el mundo excepto animales y personas.
Nada tiene éxito como sobrante.
Crecieron aparte a lo largo de los años.
Gozó vender pero odió el viaje.
Un sueño mero, tampoco sustancial ni práctico.
Tienen un sitio bueno derecho.
Dejé de fumar, Bebiendo y Sexo.
Un tuxedoed señor.
Energía advected del entorno.
Tuvo un adiós en la primera ronda.
Un fugleman para la derecha radical.
Un pavo real eyed plumas.
Abstuvo en parte para razones prudenciales.
Repetido pegando criado un moratón grande.
El gobierno carne de racionamiento recurrido a.
Las cuestiones nunca son indiscreet, contesta a veces es.
Ruedas mi registro, y rodaré el vuestro.
Las personas están empezando para notarte.
El tejedor fringed la bufanda.
Esta idea difícil parece para evadirle.
Grito él del housetops.
Expandido polystyrene parece una espuma blanca rígida y está utilizado como empaquetando o insulation.
Necrotic Tejido caseates.
Privación de derechos civiles.
El software sin medio visible de apoyo.
Afortunadamente la inspiración atacó.
Los hombres no son atraídos a mí por mi mente.
En Minnesota piden por qué todo campos de fútbol en Iowa tienen artificiales turf.
El vagabundo de botas militares.
Estuvo diseñado para el discriminando pocos.
Una excusa triste.
La poca mancha amarilla de traición.
Los secretarios lágrimas de cocodrilo llorado sobre el dilema de la gerente.
Podemos esperar que las máquinas finalmente competirán con hombres en todo puramente campos intelectuales.
El jefe es en pie de guerra hoy.
Medió un poblamiento.
El convertible tooled abajo la calle.
Logra a los pensamientos de amigos, Y encontrar no saben vuestro nombre.
Cogía la concesión de cerveza en el parque de bola.
La ropa hace el hombre.
Ferrocarril el Del oeste.
Eran cautos en sus movimientos.
Un sistema de misil móvil.
La recesión es cuándo vuestra vecina pierde su trabajo.
Una sensación es un sencillo y undecomposable estado mental.
La necesidad Es la acción de la carácter no diferente dibujando un lazo?
El bote corrió encallado en una barra sumergida en el río.
Puedes pasar una tarde delante de él en único ocho minutos.
Esta casa es unattainably caro.
El terapeuta dibujó fuera de la chica tímida.
Un temeroso howling.
Duradero denim jeans.
Cocinamos fuera en el bosque.
La fotografía ampliada reveló muchos detalles.
Tomó un encabezamiento al shrubbery.
Standoffish Y antisocial.
Un groping esfuerzo para entender.
Un fanatic es uno quiénes no pueden cambiar su mente y no cambiará el tema.
Fuera para ganar cada caso.
Quedó un niño en asuntos prácticos mientras vivió.
El oscillations era isócronal.
Depende en cuántos malo unos trajo con él.
No hablo a máquinas!
El paso hace un escaño satisfactorio.
Mantiene un apartamento en París para sus viajes de compra.
Un número grande de obra de sistemas instalados por fiat.
Olympian Esfuerzos para salvar la ciudad de bancarrota.
Las vacaciones próximas.
El hombre tacha su jefa.
Semantically Mensajes vacíos.
Son en polos opuestos.
Un fictional carácter.
La fiesta suspendió a una cuba caliente, sí.
Era crudely negrita.
Snags Incidental al changeover en gestión.
El río zigzags a través del campo.
Pidió cómo para evitar dando un beso al final de una cita.
Las multitudes concentraban fuera del palacio.
Ha probado a dieta pero siempre acaba atrás en cuadrado un.
Brazen Pintó caras.
Un estadístico estratifica la lista de nombres según las alocuciones.
Vestido los caballos.
La carretera va alrededor del pond.
Un ingeniero eléctrico.
Discutí que los precios de estand de la concesión eran indignantes.
Qué hacemos?
Horowitz Podría tocar Chopin memorably.
Macerative Degeneración del hígado.
Un abrazo tibio.
Tomar una oportunidad.
Ciclo la ropa sucia en este programa de lavar.
En el primer piso, hay una convención de arquitectos.
Un pájaro particular, exactamente y tersely descrito en el libro de pájaros.
Freno para chezlogs!
Tomando la vista grande.
Midió fuera bastante material para un vestido.
Glistening Hierba besprent con raindrops.
Es difícil a soar con las águilas cuándo obras con pavos.
Transformó la arcilla a una escultura bella.
Editó el juiciest escenas.
Un gammy pie.
El recientemente cepilló la ropa colgó en el armario.
Bajo este contrato el deliverables incluir ambos software y hardware.
Continúa dejar las cosas deterioran en casa.
Un banco enorme de tierra.
Tramita con gobiernos extranjeros.
Atributos contradictorios de unjust justicia y amoroso vindictiveness.
La montaña era splashed con nieve.
Uno medio de mí paranoid y el otro medio es fuera para cogerle.
Pausa un afortunado streak.
Organizar una huelga.
Paso atrás, unbelievers!
Un gradual slack en salida.
El progreso tecnológico meramente nos ha proporcionado con medio más eficaz para ir atrás.
Tomó una ventaja larga fuera primero.
No un policía a la vista.
Coches en un unbroken procesión.
Ruedas de automóvil son normalmente hechas de goma y llenado con aire comprimido.
Una ciudad donde todavía saben cómo para coger vuestras camisas atrás por jueves.
Refrescó arriba después del juego de tenis.
Cada lengua tiene su sitio dentro del Tao.
El chico de enrojecer estuvo traído antes del Principal.
Obro aquí.
Un pyrotechnic ingenio.
Movilización subrepticia de tropas.
Obró aquí y allá pero nunca para largo en una ciudad.
Temo no lo haré a vuestra fiesta de boda.
Cuneta un amante.
No todos los organismos son utilizers de oxígeno.
Nieve clara de la carretera.
Perry Mason solucionó el caso del heredero desaparecido.
Bastante lamento que no puedo atender.
El circuito está operado por un botón de pánico.
Si todo , serías fuera de un trabajo.
Sentía un compulsion a babble encima sobre el accidente.
Los dueños quisieron dado su sala de cenar.
La traficante puesta arriba tres de sus la mayoría de pinturas valiosas para subasta.
Determinó mecanismos únicos para las reacciones fotoquímicas.
Rendered La bomba harmless.
Maneras diferentes justas para matar el dolor igual.
Sólo porque se apellidan lastransiciones'prohibidas ' no significa que están prohibidos.
Embarcamos en una empresa apasionante.
Un dolor de muelas furioso.
Su voz era firme y segura.
La camisa cara lavó fuera en la lavadora alemana.
Esta situación está llorando para atención.
El problema de salud incontrolado más sumo es sida .
Habló lispingly.
Un devotional ejercicio.
Una cara que expresó un gamut de emociones.
Un noble tenderhearted criatura quién sympathizes con toda la raza humana.
La evolución de civilización griega.
Es mi una forma de ficción continua.
Paga tú para la obra estás haciendo?
Es remotely posible.
Una voz gutural.
Conozco eres en búsqueda de tú, sólo no te he visto anywhere.
Un ajedrecista malo.
Reventaron unos cuantos cerveza después de que obra.
Él rationalized su carencia de éxito.
Cuelga encima a las manos de vuestro padre.
El rifle había sido cabido con un stock especial.
Tocaba sus dedos en la mesa con impaciencia.
El diente nuevo está cortando.
Probando sonar offhanded y tranquilizando.
se aguantó loftily.
Agua permeates arena fácilmente.
Escribió que sería venir pronto.
Su erstwhile escritura.
Los gatos toman un mensaje y volver a ti.
La potestad del árbitro derivado del consentimiento del disputants.
Su concentró esfuerzos.
El apothecary cocinado la mezcla medicinal en una pava de hierro grande.
Los tragos que deslizan fácilmente a través del aire.
Cantidades grandes de causa de alcohol muchas celdas de cerebro para perecer debido a privación de oxígeno.
Venido más cercano, mi querido!
Espacial es azul y mosca de pájaros a través de él.
Ontogenia recapitulates filogenia.
Por qué es todo hecho de Lycra Spandex?
Hizo marcas buenas en álgebra.
Tiene un caso malo del escozor.
Un unyielding apoyo de jefa.
Es cataloguing su fotográfico negatives.
Su familia ha vivido en Massachusetts desde el Mayflower.
No hemos heredado la tierra de nuestros padres, hemos tomado prestado él de nuestros niños.
Cavar vuestro pie al piso.
Yo surmised que el butler él.
Sully Alguien es reputación .
Ganamos un chunk de dinero.
Una cosa mejor lejana lejana que hago.
Un pez grande nadaba en el tanque.
Todo el mundo sabe que has sido fiel, da o tomar una noche o dos.
Sólo para unos cuantos segundos preciosos.
No dijo no entendió sed.
Infernal Instrumentos de guerra.
No nadamos en la playa porque la bandera roja era arriba.
Tienen que todo falla la misma manera.
Nosotros gotta salir de este sitio, Si es la última cosa nunca hacemos.
Seguro huelen buenos.
La generación de números aleatorios es demasiado importante de quedar a casualidad.
Le di mi dinero.
Stringent Medidas de seguridad.
La propagación entre dejar y tomando prestado costes.
Una idea áspera cuánto tiempo tomaría.
Los trajes estuvieron cambiados backstage.
Un niño precoz.
Los sociólogos han estudiado la estructura de cambiar de la familia.
Dio aviso dos meses antes de que movió.
Un perro de espectáculo del campeón.
Dejado nos decir que no dijo la verdad.
Son blandos encima delito.
Cualquiera de sus reparto podría comprender un negocio entero.
Tienta no un hombre desesperado.
Nosotros handcraft todo nuestro papel.
Das rubbernecken sightseeren keepen Manos en das bolsillos.
Su objetivo era cierto.
Surco un récord de vinilo.
Los cazadores treed el oso con perros y matados lo.
Un alemán, un Polo y un campamento izquierdo checo para una caminata a través del bosque.
La explosión de información.
El talento más sumo se asoma tarde en vida.
Si no eres rico te siempre tendría que mirar útil.
Una abeja stung mi brazo ayer.
Todo es incierto sobre el ejército.
Una sonrisa delgada.
La luna está decayendo.
Los detergentes líquidos construidos.
El adicto resoplaba cocaína casi todos los días.
Era annoyingly lackadaisical y poco práctico.
El Gobierno Federal llevó la provincia desde hace muchos años.
Un tipo bueno.
Un malo zizz en el motor.
La invariancia de la configuración debajo traducción.
Toma todas clases para llenar las autopistas.
El vestido necesita acortar.
Un niño obediente.
Los terroristas aguantaron los periodistas para rescate.
Algunos altavoces trinan su r es.
El plano undershot la pasarela.
El curso fertilized su imaginación.
Nuestro Costa Rican vecinos.
La empresa ha no profited de la fusión.
Asomó su decepción.
Las luces de repente salieron y éramos en la oscuridad.
Es potencialmente peligroso.
Todo toma más largo, cuesta más, y es menos útil.
Booze Es la respuesta.
Puede llover en qué caso el picnic será anulado.
Una mente cerrada unreceptive a ideas nuevas.
El sternness de su entorno le hizo incómodo.
Los sueldos eran pitifully abajo, particularmente los sueldos de mujeres.
De repente mirado temeroso.
La mamá dice la más diversión de su obra ahora que está enseñando escuela gradual.
Los elementos siguientes.
Cada periodista tiene una novela en él, el cual es un sitio excelente para él.
Una persona violenta.
Un analphabetic arreglo de letras.
El headstones era tilted.
Mark con tiza.
Latch La puerta.
Su manera rápida de hablar.
Aclarado el desorden fuera.
Para rechazar el elogio es para buscar elogio dos veces.
Un pequeño tormented schoolboy.
Los tonos de destrozar del enormes carillon.
Una decisión polémica en acción afirmativa.
Un tóxico penetrative el espray aplicó a la superficie.
Era familiar con aquellas carreteras.
Tuvo un visual sensation de luz intensa.
Un unimpeded la porra de prados y cerros proporcionó un encuadre pacífico.
Hustling El senoritas, Mientras bailan debajo las estrellas.
Lima el césped.
El silencio roto por los perros que ladran ferociously.
Casi a través de con sus estudios.
Charity empieza en casa.
Su función era a stooge para el popular comedian.
Uso los bolsos plásticos para almacenar la comida.
Es en el lado de adquirir del negocio.
Cabello en rizos estancos.
Tienes que afrontar la música.
Tienes que obrar los ejemplos al final de cada capítulo en el textbook.
El dinero derrochado no puede ser reemplazado.
Un pequeño upturned nariz.
Acaecería emocional encima nada en absoluto.
Tomó su escaño en la fase.
Ojos lejos demasiado cercanos juntos.
Leyó él en ayer edición del Tiempo.
Durado una hora media.
Un concepto abstracto que parece indefinable.
Harvard vencido Yale en el último juego de fútbol.
Su vituperative railing.
Los mensajes tienen que pasar por canales diplomáticos.
Pero pasa todos los días.
Es sencillo que es no reaccionario.
Tuvo el objetivo en sus cabellos de cruz.
Le vimos en el camino a California.
Él blends en con la multitud.
Militarize Alemania otra vez después de la guerra.
Las superficies articulares de huesos.
Uneasy Sobre su salud.
Nunavut Es la patria del Inuit personas.
Un antimagnetic reloj.
Envenenó su marido pero él no murieron.
El cortando de whiskey con agua.
Difícilmente dijo diez palabras toda mañana.
Su propuesta era nada pero una casa de cartas.
El espía sospechado era summarily ejecutó.
Es siempre harping en las mismas cosas viejas.
Sé que,.
Un mussy fussy dormitorio.
Unbridgeable Vacío de generación.
La junta era un pie corto.
Una edad de abundancia.
Una divergencia de crecer de opinión.
Los huesos son rarefied.
Giraron sus linternas en el coche.
Tiene un sistema de juego perfecto en ruleta.
El carbón es un material negro duro .
Damascene Puertas de ciudad.
El automovilístico aquaplaned.
De repente su poder gigantesco fundido a suavidad para la criatura.
Tomó su repose por la piscina.
Mi día afortunado.
Si vuestro objetivo en vida es nada, no puedes perder.
El Cotswolds era una vez en el forefront de woollen fabricación en Inglaterra.
Necesitas cuatro personas para tocar este juego.
Las aspas ballooned.
Qué el gobierno tiene para hacer es vivo como barato como las personas.
Los problemas moran en las injusticias sociales en este país.
Su streaming cara.
Un ocupado seaport.
Clinch Un trato.
Persuadiéndole era fácil yendo.
Ningún alcohol, perros o caballos.
El buzz de un bumble abeja.
Hay un cabello en mi sopa.
Siempre dejar sala para añadir una explicación si no sale.
Pone la mesa.
Temprano Mayan civilización.
El escrutinio intensificado del fondo del candidato.
No lo tememos tan haces.
No recuerdo la cuestión.
Cualquiera quién considera el protocolo sin importancia ha nunca trató un gato.
Allí ninguna otra alternativa.
Un pinnately hoja compuesta.
Tenso la cuerda manualmente antes de tensar el muelle.
La policía decidió que el delito era un trabajo de interior .
En algunos restaurantes de moda, el rodillo de camareros patina alrededor.
Una voz terrible.
Sin vida de helado y la fama son sin sentido.
La diferencia más grande entre tiempo y espacial es que puedes no tiempo de reutilización.
Un veiled amenaza.
Los controles fiscales son en las manos de políticos.
La culebra regeneró su cola.
Choke Un carburetor.
Un niño único.
Ella plugged un corcho en el bote de vino.
Una fiesta animada.
El wearer de la corona.
El caballar geed.
El estímulo obró sympathetically.
Los baños pueden ayudar el laxness de los intestinos.
Esto se apellida Monotonía.
El sacudió pasajeros.
Inappreciable Fluctuaciones en temperatura.
Algo esencialmente vulgar y meanspirited en políticas.
Las bebidas eran la obertura a cena.
Este metal oxidizes fácilmente.
Una exposición vergonzosa de cobardía.
Dibujaron más cercanos.
El edificio era refaced con huesos bellos.
Anclado cercano a bordo otro barco.
Fue sabido para tratar aboveboard en todo.
Drab se apagó cortinas.
Vuelos de imaginación.
Navegaban barlovento.
Puedes no enfermero vuestra criatura en público en algunos sitios.
La sangre fluía delgada.
Un ataque frontal.
El hueso gracioso no es húmero.
Mi garaje recula su patio.
Envía dos dólares o el equivalente en sellos.
EL agua evaporada delante de nuestros ojos.
Estuvo allí planchando.
Siguió detrás.
Evita entender mal por tranquilo, poise, y saldo.
En vino veritas.
Una voz débil.
Monta el metro céntrico todos los días.
Le dio su palabra.
El oscilador caza sobre la frecuencia correcta.
No has muerto 'til lo has utilizado.
no hay ninguna opinión tan absurdo que algún filósofo no lo expresará.
Él choked abajo su rabia.
Tres noches más tarde colapsó.
Algunas sales sublimes cuando calentó.
Un hacker hace para querer qué otros no para dinero.
Las alas contráctiles de un insecto.
Puede estás el bookshelf arriba?
El honker estuvo multado para perturbar la paz.
Superscribe Un envelope.
Era sumo de sentir mi criatura que mueve aproximadamente interior.
Un unfaceted gema.
Un pariente remoto.
El wombat vidas a través de los mares, Entre las Antípodas lejanas.
Banco el poodles en el espectáculo de perro.
se apasiona y empieza estirar un gatillo como otro tipo seca su nariz.
El diagonalization de una matriz normal por una transformación unitaria.
Un nociceptive espinal reflex.
Ninguno de sus hermanas le traicionaría.
Sacado la vegetación indeseada.
La lonja está deprimida.
Tomó un pee.
Obra muy con exactitud.
Utilizó una factura a prune ramas fuera del árbol.
Los coches pueden ser alquilados en casi cualquier aeropuerto.
Batió alguna competición dura para el número una hueco.
Centellear el techo.
Insiders Dicho el stock de la empresa era en juego.
Eran amigos y era ningún importar quién ganó los juegos.
Pido nada pero sinceridad.
Este rascacielos es la materialización sólida de sus esfuerzos.
Persistencia en una opinión nunca ha sido considerada un mérito en dirigentes políticos.
Si la afección persiste, consultar vuestro physician.
La tristeza tinged su vida.
El actor mimicked el Presidente muy con exactitud.
Cultiva vegetales en su backyard.
El jinete espoleó su caballo.
Comportamiento criminal o dirigir aquello viola los derechos de otras personaje es antisociales.
Ningún hardware es seguro.
había un desgarrar en sus pantalones.
Guerrillas unequipped para un pitched batalla.
La ceremonia de coronación espléndida.
Procrastination Significa nunca teniendo que decir losientes .
Encontramos rastros de ventaja en la pintura.
El grande unos coges utilizado a, haces arriba de vuestra mente a ellos.
La vida es un capricho de varias miles de millones celdas para ser tú para un rato.
Era ceremonially jurado en tan Presidente.
Alegó que mató el burglar.
Un freehanded anfitrión.
Su jefa era severed de su ente.
Entregar un ataque.
El mercado de valores colapsó.
Tenido pero un solo pensó qué era para huir.
Dejó su parque a sus supervivientes.
De cota mediana para su edad.
Había acaecido complacent después de años de éxito.
Un labrador es un hombre excepcional en su campo.
Un heredero hembra.
Un robusto claret.
Vencerás los ataques de celosos asocia.
El gobierno utilizó suppressive medidas para controlar la protesta.
El edificio era en reparación buena.
Los Estados Unidos es la casa de baloncesto.
Las redadas de aire hubieron surcharged la emergencia wards.
Qué bisagra es el squeaker?
Unfulfilled Y uneasy hombres.
Estratégico bombardeando misiones.
Los tipos buenos acaban último, pero cogemos para dormir en.
Los dos reyes ajedrecísticos están puestos arriba en plazas de colores opuestos.
Eres siding con el defensor del título?
E incluso como hablamos Aumenta la carga de sistema.
Atenúa las mujeres tienen immaculate casas.
Hacer bien por él.
Si las acceso de zapato, es feo.
Occult Sangre en el taburete.
La virtud es su recompensa propia .
Raíces con alternar hojas.
Una fuerza de policía práctica con cierto inquisitorial talentos.
Un vistazo momentáneo.
EL agua nivel de tobillo logrado.
Vive en el bloque próximo.
Bailó la parte del Cisne Negro muy lyrically.
Hilos gastados en el tornillo.
Control el extintor de fuego directamente en las llamas.
Un southeaster blustered onshore.
En inflación todo coge más valioso exceptúa dinero.
La locura No tiene ningún propósito.
Esto desajusta caballar lathers fácilmente.
Dinero puesto a vínculos.
Olympian Belleza y serene compostura.
Necessity Es una madre.
La mecánica cuántica es una introducción preciosa a Hilbert Espacios!
La superficie abrillantada hermanó su cara y cofre en inverso.
La cantidad estuvo pagada en lleno.
Derramado vuestra ropa.
Era swelled con orgullo.
Nosotros refurnished el salón.
Puede desenredas el cordón?
Aún así otro libro en heraldry podría ser pensado redundando.
Una sala escondida o sitio de ocultación como un agujero de sacerdote.
Un patrician nariz.
Sentía tranquilo y más compuesto que tuve en un tiempo largo.
Una cuestión entendida mal.
El incidente provocó un político firestorm.
Suplicar la cuestión.
Los restaurantes parisienses pueden ser caros.
Yo nunca sentado en un caballar antes de que pero lo daré un ir.
Los ordenadores son gusta acondicionadores de aire.
Esto era financieramente unattractive.
Años de supernormal ocupación durante la guerra.
El sonido se apagó fuera.
Coge por en gran parte en puro spiff.
Era humming un aire de Beethoven.
Su sueña todo giró para fumar.
Una formación geológica incumbente.
Es suerte mala para ser supersticioso.
Un perro perdido.
Aumentando el número de los participantes meramente reduce la salida mediana.
Un conscienceless villano.
El sistema va a chocar.
Bebida Scotch whisky toda la noche mucho tiempo, Y dado detrás de la rueda.
El interés en sus novelas decayó.
Viste dowdily.
Sus ojos eran dobles brillantes.
Miró fijamente reverently en el handiwork.
Un extrajudicial pena.
La adquisición dio la empresa un puerto seguro.
Tomó lecciones para curar su slicing.
Activo como gacela.
Una búsqueda infructuosa.
Reservó un bloque grande de escaños.
La frase está dolida alguien más.
Tomó jubilación temprana.
El pecado retórico de la variación sin sentido.
El barco hizo su corrido en tiempo récord.
En medianoche, el estudiantil decidido para llamar deja y cerró sus libros.
Es a través de símbolos que hombre conscientemente o unconsciously vidas, obras y tiene su ser.
Su expresar deseo.
Una fórmula irreductible.
Paramos en la casa de Tía Mary.
Su cara era hideously disfigured después del accidente.
Los ingresos eximen de impuestos.
Culatas de cigarro ensuciaron la tierra.
EL aspa es fastened al patio con tiers.
La flota scurrying de ardillas.
La estandarización de tuercas y rayos había salvado millones de industria de dólares.
La historia toma la vista larga.
La magia de nuestro primer amor es nuestra ignorancia que lo puede nunca fin.
Los hombres reales no hacen copias de seguridad.
Ridge La tierra.
Cargó su pistola cuidadosamente.
Un geiser es un intermittently eruptive muelle caliente.
Telomeres Ley como tapones para mantener los fines pegajosos de cromosomas de aleatoriamente clumping juntos.
Lista los estados al oeste del Misisipi.
Un palmy tiempo para stockbrokers.
Entonces envuelto en sueños.
El mesón keeper podría empotrar todas las llegadas nuevas.
Este sesquipedalian manera de refrán uno no tiene ningún dinero.
El edificio squatted abajo.
El wc está ocupado.
Arañazo que comentario.
No nunca voy.
Pegó una carrera de casa.
Idealizó su marido después de su muerte.
Barelegged Niños en la playa.
Sin su apoyo será gobernar en un vacuum.
Me di un aumento en salario.
Era extendió supinely en su atrás.
En las funciones Completan!
El techo de un hombre es el piso de otro hombre.
Disparaging Comentarios sobre la casa nueva.
Mi amigo y yo partieron arriba.
El arte de incompetencia.
Las entradas asíncronas son en la raíz de nuestros problemas de raza.
La empresa fue de la pista rápida cuándo el mercado de valores cayó.
Unrestricted Los verbos son normalmente más fuertes que aquellos capacitados por adverbios.
Mi preferencia propia es para literatura buena.
Es un helado koan.
Un gobierno amistoso a nuestros intereses.
Even bytes coge solitario para un poco.
Llegado en una la mayoría de hora inoportuna.
La fortuna sugiere usos para VUESTRAS órdenes de UNIX favoritas!
Un centro comercial instill un alcohol de modernidad a este pueblo.
El profesor consulta para industria.
Todo de las personas en mi edificio son dementes.
El sistema de existir.
La realidad es para personas quiénes carecen de imaginación.
Algunos órganos pueden invaginate.
Para hacer el individual incómodo, aquello es mi tarea .
Eran behaving anormalmente.
Su crianza buena realmente espectáculos.
Un saludo tibio.
Noticeable Para su fondo histórico vívido.
Un climactic desarrollo.
Vuestro mileage puede variar.
Voló sobre el sitio.
El clubhouse necesitado un techo nuevo.
Los trabajadores emigran a dónde las cosechas necesitan cosechar.
El familiar aquello ruega las estancias juntas juntas.
se mantiene a base de bienestar.
Un localizable riverbed.
Unharness Un caballo.
Un biflagellate zoospore.
Todos los usuarios solitarios, donde ellos todo provenido?
Es clase de tímido.
Inadvertido y untidy en sus hábitos personales.
Lascivo whisperings de un hombre viejo sucio.
El museo deaccessioned varias obras importantes de este pintor.
El patio overgrew con hiedra.
Queso de propagación en una pieza de pan.
Assimilative Capacidad de la mente humana.
Un botando gait.
Puedes coger allí de ahí, pero por qué encima tierra quieres?
Estuvo acusado de solicitar sus colegas para destruir los documentos.
Tres barrios de la superficie de la Tierra está cubierta por agua.
El tiempo próximo golpeó más fuerte, pero todavía ninguna respuesta.
Su hado es hasta ahora unsealed.
Uno de ellos golpeó el fajín de la ventana más cercana mi cama.
Sincero en todos sus asuntos empresariales.
Tembló del frío.
Los colores se pueden apagar en tiempo.
Estuvo cobrado con ser accesorio al delito.
La revolución industrial era también una revolución cultural.
Ellos kited el modelo de Dragón Rojo.
Un plenamente leafed árbol.
Un ataque encima inflación.
Un limpio votando récord.
Serás atropellado por un autobús.
A pesar de su debilidad el grupo queda activo.
Dejado un fool control su lengua y él pasarán para una salvia.
El paciente tiene problema inspirando.
El altavoz montó la programa.
Cogido arriba en el escándalo.
Sus competidores fueron debajo.
La competición era dura.
Los adultos únicos tienen dificultad con childproof tapones.
Infantrymen En Vietnam se apellidó grunts.
Un sullen actitud resentida.
La piel cicatrize y se curará pronto.
El searchlights barrido a través del cielo.
Una ocasión arregló a honor el presidente.
El coche estiró encima cuándo la ambulancia acercada en velocidad alta.
Un scanty cosecha.
Los gorriones jóvenes son fledging ya.
Aplicación rigurosa de la ley.
Siendo sobrecargado es el signo de un cierto Debian maintainer.
Una antena unidireccional.
Pausa una ley.
El diario posted le en Tombuctú.
Envía sobre una PIZZA de SALCHICHA!
Un alienígena de teoría económico al alcohol de capitalismo.
Sitios de imbricación en los acantilados son difíciles de acceso.
El hibiscus es budding!
Les invitamos ashore.
Denizens Del profundo.
Qué clase de hombre viviría donde hay no osar?
Hacer la cosa derecha y confesar.
Compró un shag manta.
Los prisioneros son sin incidentes pounded.
Informó varias llamadas anónimas.
No puedo recular este plan.
Una cata de vinos.
Nuez negra kernels es difícil de salir de la concha.
Tales problemas son perfectamente resolubles.
No pensó para encontrar su en la cocina.
Marchas de tiempo encima inexorablemente.
Impresionado por el richness de la flora.
Pesado abajo con cuidados.
Estuvo enunciado como el tenor más sumo desde Caruso.
Un nub de carbón.
Un underhand tono.
Shatterproof Ventanas de automóvil.
Lleva en las tradiciones viejas.
El antropólogo transcribió las frases del informante nativo.
El contrato estuvo anulado.
Un vestido de satén cercano.
Me doy un beso dos veces.
Un delusory placer.
Tomar un elefante para comer.
No permite una mujer para pedir forgiveness, para aquel es sólo el primer paso.
El reportero tuvo dos fuentes para la historia.
Algunos de estas drogas han sido derivados del opio y otros han sido producidos synthetically.
El arte no necesita para ser innovador de ser bueno.
Su vilely letras deletreadas y analfabetas.
Un gallant guerrero.
Sus dedos bailaron al teclado.
Son nuevamente casados.
La población laborable.
Puso la norma para casas americanas.
Elegibilidad para un préstamo.
Una moda hiperbólica.
Acortar la falda.
Ramas civiles de gobierno.
Laudable Motivos de mejorar afecciones de alojamiento.
Pero ahora veo nada.
El DOE es responsable para mantener la póliza de energía.
Su nombre viene para importar cuándo mencionas la huelga.
Estuvo vestida muy stylishly.
En su immaculate uniforme blanco.
Elige arriba del papel, leído el obits.
Un encuadre exterior bello para la boda.
Habló al reportero extraoficialmente.
Un narcissist es alguien mejor mirando que eres.
Pero todavía tengo los controles dejaron!
Ella strode varias millas hacia el bosque.
La facultad giró pulgares abajo en el candidato para la puesto de Decano.
Un listo gadget.
Él quién lanza el barro generalmente pierde tierra.
Objetó strenuously al estand su fiesta tomaba.
Quiero casar una chica sólo como la chica que papá viejo querido casado.
Era tal strider que no podría mantener arriba sin correr.
Una vista angostada del mundo.
El fingered raíces de árboles gigantes.
Enseñando la historia le dio un punto de vista especial hacia casos actuales.
Una reclamación validada.
El bartender era chummy con los clientes regulares.
Obra en la mantequilla y el dough cogerá la consistencia derecha.
Una fila de puntos.
Impregnar la tela con alcohol.
Me ligo canguro abajo, deporte, me Ligo canguro abajo.
La interacción de estos conjoined todavía opposed factores.
Asuntos pesados de estatales.
Laicize El parochial escuelas.
Los miles de personas fueron asesinados en la guerra.
Sentó el rayo íntegro.
Las manos de un ancianos arthritic.
El NSF axed el programa de búsqueda y paró financiar lo.
se acosta en la grieta de alborear.
Busca direcciones de un lugareño.
El mercurio caía rápidamente.
La licencia es todavía válida.
Una línea sólida a través de la página.
La sátira no mira bastante a un tombstone.
La ciencia nos ha dado herramientas nuevas para luchar enfermedad.
Estoy complacido para ver que tenemos diferencias.
Untaught Personas cuyas destrezas verbales son grossly deficientes.
Un amistoso excéntrico.
Llevó un oro vestido cojo.
Él mopped arriba del piso con sus adversarios.
Era un maletín viejo pero todavía tuvo un agarrador bueno.
Cumpleaños tan feliz a todo en la lista.
Su cuenta tuvo un patético undertow de remordimiento.
Hay muchos especie inteligente en el universo, y ellos todo gatos propios.
Las marchas galesas entre Inglaterra y Gales.
Cada verano son backpacking en el Rockies.
La administración de rebrotar.
Qué estas necesidades de país es un buenos cinco plasma de dólar arma.
Estas cuentas son en gran parte inactive.
Lancastrian Centro de ciudad.
El mero pensado de una celda de aislamiento panicked los prisioneros.
Eran arrayed en línea de batalla.
Hay una posibilidad que su sentido de olor ha sido impaired.
Refrigeración por immersing el ente del paciente en un baño frío.
Su ruta de evasión.
El uso de robots industriales redundancia creada entre trabajadores.
El polo que sube plantas como grano.
Repetido scrubbings ha dado la madera un silvery sheen.
Entitlements Marca arriba de la parte importante del presupuesto federal.
Los sonidos eran individualized por agudeza y tono.
Un optimista es un tipo aquello ha nunca tuvo mucha experiencia.
Escribe el código más rápido que cualquiera más.
Mi mano derecha.
Un perro más famélico caza incluso mejor.
Lanzador el transbordador espacial.
Los ladrones hicieron un limpios getaway.
Números inmensos de pájaros.
La anfitriona comida proporcionada para todos los huéspedes.
Objetos de pensó.
No puedo narrar estos casos en absoluto.
Chasquear un fútbol.
La economía finalmente girada abajo después de un boom largo.
Un mellowness de ligero y sombrea no realizable en mármol.
Los animales pueden ser conducidos locos por poner demasiados en demasiado pequeño un bolígrafo.
El clima perfecto aquí desarrolla el grano.
Una mujer estéril.
Vuestra información es mal.
Duchas de abril dulce saltan flores de mayo.
La luz de mi vida.
Él quién importa su negocio propio nunca es parados.
Extendió su mitt.
El cordero asa rotates en un spit sobre el fuego.
El tiempo más feliz de la vida de una persona es después de su primer divorcio.
La diferencia importante entre vínculos y comerciantes de vínculo es que los vínculos finalmente maduros.
Odió el sameness del alimentario la universidad sirvió.
La mujer con ternura nibbled en la oreja de su criatura.
Cada niño estuvo esperado para pagar para su mantener.
Un invierno cruelmente amargo.
Cuánta paciencia tienes, para caso.
Thy nuncle Era muerto como trozo o' ventaja, Afore encontré su shinbone.
Salimos de la ciudad junta por escenificar aproximadamente diez o doce millas.
Históricamente Tcl siempre ha almacenado todos los resultados intermedios como series.
Somos verdaderamente tristes para la inconveniencia.
La mansión parecía grandly grande por hoy niveles.
Estos trajes automovilísticos mi propósito bien.
La cabina de avión es pressurized.
Los gemelos siameses no fueron considerados separable.
El carpeted hallway.
Miedo clogged su mente.
Tal hombre esperaría un hueso para poner un huevo.
Era en cama y evidentemente en dolor sumo.
La obra es el deliverance de humanidad.
Ves hoy diario?
Dejado va del mango de puerta, complacer!
Pagué con un veinte y pocketed el cambio.
El bottleneck en entrega de correo es el proceso de ordenar.
Los americanos bombardearon Dresden.
Un día pone aparte para relajar.
Su ropa era en forma triste.
Él lifted una guerra whoop.
Beware El pato cuántico!
El ordenador tendría que ser hacer el trabajo duro .
Siempre intenta elegir arriba de chicas en barras.
Unió fuerzas con una banda de aventureros.
El punto de hechos a una conclusión contraria.
El unidentified la planta aguantó gorgeous flores.
Qué pavor coge Osa marco thy simetría temerosa?
Una situación totalmente nueva.
Arrebató las facturas clumsily.
Un piebald caballo.
SOY Howard Cosell!
Ella skirted el problema.
Electroplate El reloj.
Una consideración cordial para el consuelo de su visitante.
Memorizó todas las inicio ajedrecísticas importantes.
Una descripción vívida.
El presidente de la empresa nunca dirige escaparse durante el verano.
Puede aguantar su licor.
Construyó su empresarial arriba de arañazo.
Lo dio un flick con su dedo.
El poeta estuvo exiliado porque firmó una letra que protesta las acciones del gobierno.
Parón el ladrón.
Era staring vacantly a la sala.
Nunca pierde una casualidad a tribuna.
Offset una muro.
Algunos los helechos tropicales son hygrophytic.
Disolver un disparado o un cuadro.
Determinó la periodo del segmento de línea más corto que une los dos puntos.
Tuvo el estado de un menor.
Las balas riddled su ente.
Rossi spat muy intencionadamente, y muy messily, a Durieux carta de fiesta.
Un fijo y unchangeable parte del germen plasm.
Tuvieron que dejar el heridos dónde cayeron.
Criar el precio de pan.
Turno encima en vuestro lado izquierdo.
El cocinero es un ligero seasoner.
Murkily Expresó ideas.
El grandiosity de su prosa.
Un bailarín dedicado.
Utiliza sus amigos influyentes para coger trabajos.
Era sorprendentemente amistoso.
Los niños cayeron de gracia cuándo pidieron varios helpings de postre.
Ayudó su claro la mesa de cenar.
Asustado el viviente daylights fuera de ellos.
Cuándo no estás mirando en él, esta fortuna está escrita en FORTRAN.
Un brumous mañana de octubre.
La página de afrontar.
Un airtight riña.
Dieron el presidente un voto de confianza.
No quiero ser joven otra vez, sólo no quiero coger cualquier más viejo.
Le tocaron encima primera base.
Si abre sus ojos, causa el mundial de volver.
Está estropeando para una pelea.
Una mujer de convivial carácter.
puede haber telnet, rlogin, y ftp, pero estos no acceden cualesquier anfitriones.
Un unlisted número telefónico.
Pasé a la panadería más maravillosa no muy lejos de ahí.
Yo bastante fuiste.
Una capa de hielo.
Dejamos nuestro guardia abajo.
Uso verborrea militar concisa.
Nuestro condemnation de él era un poco anterior.
Limitado a empresas insignificantes.
Escribió atrás tres días más tarde.
El profeta mejor del futuro es el pasado.
Un seco martini tiene una proporción grande de ginebra.
Hipertrofia del pharyngeal las amígdalas se apellida adenoids.
Coger un espectáculo encima Broadway.
El aeropuerto es el económico hub del área.
Inmune de impuestos mientras residió en Bermudas.
De repente una carpa saltó, grabbed la cartera y tossed lo a otra carpa.
Encontró su nicho en el mundo académico.
Introducido con mucho eclat en un autocar dibujado por ocho caballos blancos.
Pasado muchas horas laboriosas en el proyecto.
Como luchas de hombre para descubrir alternativas más baratas, necesitamos vuestra ayuda.
Wring Las toallas.
La cita tuvo que ser aprobada por el comité entero.
El ejército surged adelante.
Hecho una exposición de fuerza.
Si no fue para el último minuto, nada nunca cogería hecho.
La hostilidad quedó mucho tiempo después de que hicieron arriba.
Un inválido frail ente.
no hay ninguna distinción entre cualquier AI programa y algunos juego existente.
No soy importado para contestar cualesquier cuestiones.
Un extinguishable fuego.
El prefacio contuvo un acknowledgment de quienes habían ayudado le.
Una textura abierta.
Dijo tan en uno de su más offensively intelectualmente frases arrogantes.
Una consistencia jabonosa.
Un príncipe dependiente.
Tendrás una vida larga y aburrida.
El amor es el proceso de mi dirigiéndote suavemente atrás a tú.
Eres dato falso .
La sala era brillante y aireada.
EL agua fluyó fuera de la pipa.
La imaginación revela lo que el mundo podría ser.
La medicina afecta mi ritmo cardíaco.
Obraba en su segundo martini cuándo los huéspedes llegaron.
Una sonrisa cohibida.
La vaso victualled antes del viaje largo.
Los policías estuvieron a intervalos a lo largo del curbside.
Unieron el tren de vagón para seguridad.
Una oruga peluda.
Cuatro fifths del perjurio en el mundo es expended en tombstones, mujeres y competidores.
El fiercest y más traidor de enemigos.
Los asuntos vinieron a una jefa ayer.
Los círculos concéntricos son paralelos.
Stave En un cask.
Ahora puesto atrás el caballo que te tomó fuera, y atracción fuera de un diferente un.
La neumonía es una enfermedad médica .
Yo misplaced mi eyeglasses.
Reinados de paz de nuevo o'er Valle de Pino, pero Canon' el sueño es turbulento.
Devoró sus novelas.
Meramente pedía.
Alguien quién es resourceful es capaz de tratar situaciones difíciles.
La oscuridad causará la bombilla para cambiar por él.
El spotted el búho es una especie acechada , no todavía un endangered un.
Rompiendo la foca constituye aceptación de acuerdo.
El elegantemente attired señor.
Vas a tener un asunto de amor nuevo.
La adquisición de una empresa por otro.
La ligereza de balsa madera.
Un shrinkable tejido.
Invadieron nuestras aguas territoriales.
Las opiniones están divididas.
Algunos llaman el mujahidin los guerreros internacionales pero otros sólo lesllaman terroristas.
Recuerda aun así que hay NO REGLA GENERAL PARA CONVERTIR Una LISTA A Un ESCALAR.
El lightbulbs sopló fuera.
Un alcohol grande y generoso.
Asociaciones de palabra paradigmática.
Un movimiento democrático o popular.
Puede te CORREO un PASTEL de GRANO?
El desarrollo vil de esclavitud les horrorizó.
Era grande con niño.
Los científicos puestos arriba de una ola de shock.
El programador mediano teme el viniendo del pájaro, para teme su mensaje.
El propagandistic iconografía de un despot.
Incorruptible Los jueces son el backbone de la sociedad.
Filas de casas idénticas.
Puedo bien él.
Fue de compras para un fontanero fiable.
Su poesía celebrada el paso más lento de vida en el país.
La fiesta de sorpresa era un fallo completo .
Las diferencias de opinión son bastante expectable dados la información presente.
Criar el techo.
Miraba uncordial como nos acercamos.
Una fundación benéfica.
Era sprawling languorously en el sofá.
Tren la parra.
No podría coger sus palabras fuera de mi jefa.
Puso fuera de sus planes para la casa nueva.
Esta teoría es bastante shakily apoyado por algún dato oscuro.
Mi jefa es throbbing.
Un amablemente perdonando carácter.
Un conjunto sincero de instrucciones.
La empresa de holding era sólo un ciego.
Vista un espectáculo en televisivo.
Era lástima se quedó su mano.
Su cabello no ha sido peinado para muchos días.
Trinchó abajo la calle.
Las alegaciones probaron infundadas.
No busca fama, por eso nadie sabe su presencia.
EL Águila ha aterrizado.
Esto abre arriba de posibilidades nuevas.
La mañana del mundo.
La torre es tilting.
Era ya no económico de mantener la fábrica abierta.
La empresa ambulante todo quedado en el mismo hotel.
Un dusty airless ático.
Es starving su de amor.
Si estás llevando una linterna, puesto lo abajo.
Cifras fantásticas con jefas bulbosas la circunferencia de un bushel.
El derecho a tratamiento igual en el sistema de justicia criminal.
Un secretarial grupo.
Su modestia de acaecer.
Un craven propuesta para criar la bandera blanca.
Capacidad única tenida en recaudar fondos.
Palabras de lista de los diccionarios por orden alfabético.
El localizando de genealogías.
Los niños estuvieron confirmados en la fe de su madre.
Un anteproyecto.
Somos todavía prodigally ricos comparados a otros.
El químico clouded el líquido al cual lo estuvo añadido.
Entrenó a Hamburgo.
El pene es un erectile órgano.
Cogíamos quizzed en verbos irregulares franceses.
Cada rune tuvo su importancia mágica propia.
Su bolso ahora está aprendiendo para tocar golf.
El freshman saltado fuera a un inicio bueno en su clase de matemática.
Estuvo criado en el Baptist religión.
Grabó distancias angulares entre las estrellas.
Las desgracias vienen rápidas y gruesas.
Mantiene tierras antiguas, vuestro storied pompa!
Tiene un corazón de oro.
se amedrentó shitless.
La atracción de la corriente.
Un fragmento de rock.
Retenido unos cuantos toros para criar propósitos.
Era fuera a un inicio bueno.
Un bug en incant, lo hizo así.
Hablado toda la noche mucho tiempo.
Tuvo una carrera larga en la ley.
Eyeless Pez que evolucionado en cuevas oscuras.
Calibrar una pistola.
Las agresiones en plantas de energía nuclear es una forma de terrorismo nuclear.
Una laguna salobre.
El acabado en tiempo era un orden alto pero nosotros él.
Un swaggering manera perentoria.
Deja uno abre a un rival.
Una casualidad exterior.
Oso una cicatriz.
hay ningún claramente clase criminal americana nativa exceptúa Congreso.
Siento gusta acabo de coger para morder un gato!
Era de repente consciente del lowness del techo.
Muestra los platos regionales.
Después del juego el rey y el peón entran la misma caja.
Un homing almenara.
Un rambling riña que careció de cualquier consistencia.
Un hyperactive niño.
Anuncian encima muchos frentes diferentes.
Él pompously descrito sus consecuciones.
Hay personas tan adictos a exageración que no pueden decir la verdad sin lying.
Él quién pierde, gana la raza, Y las líneas paralelas cumplen en espaciales.
Sólo una actuación justa de la sonata.
Júpiter tiene dieciséis lunas.
La banda tocó toda la noche mucho tiempo.
El OSI la vista es enteramente opuesta.
Pasó un restful noche en casa.
Presidentes de departamento nunca dado, sólo pierden sus facultades.
No somos divertidos.
Los hombres acaecen insensibles.
Un sewer de fino gowns.
Sonreía wanly.
Puede la empresa reimburse me para mi viaje profesional?
Limber Un cañón.
Tengo un hobby.
La carretera traerá otras ventajas incidentales.
Era tiempo para una revisión en el tractor.
Una loción que es eficaz en casos de calor espinoso.
Era derecho medio .
Ventaja por Siguiente El río carves fuera del valle por fluir debajo lo.
Nuestro segundo elemento noticioso completamente cierto estuvo enviado a mí por Señor
Tamil Frases aglutinantes.
Me di su conge.
Muchos pasajes morados.
Un quotable eslogan.
Uno la bomba nuclear puede arruinar vuestro día entero.
Le dio una respuesta decisiva.
Un apolitical la educación es también política porque expresamente está aislando.
Un cojear causado por un malformed pie.
Da las gracias a Dios no soy respetable.
Un mundo bipolar con el hookah y café turco versus hamburguesas y Coca Cola.
Giró la caja encima para examinar el lado inferior.
El arte es una mentira qué nos hago darse cuenta la verdad.
El ántrax crece por dividir a dos celdas de hija que es generalmente idéntico.
Gozó la risa de la multitud.
El tren era una vista inesperada .
El más importante británico executioner fue Señor
Una suma ordenada de dinero.
Un pliant árbol joven.
Tuvieron que llevar un ramrod así como polvo y bola.
Cogía un Un en su composición.
Un edificio caído.
Sentía el movimiento de sangre stickily de su cabellera de ruptura y trickle abajo su frente.
Las visitas fueron madres convocando su casa de niños para cena.
La prensa estuvo amordazada.
El problema es el papeleo implicó.
Él gallantly ofrecido para tomar su casa.
Si uno dice la verdad, uno es seguro, tarde o temprano, para ser descubierto.
Te puede dar el diseño matemático exacto, pero qué falta es las cejas.
Algunas personas duermen mejores dobles.
Existido a lo largo de los siglos como mundiales aparte.
Después de que años de búsqueda, los científicos recientemente informaron que hay, de hecho, arroz en españoles Harlem.
Incluso el barn era shipshape.
Controlas este dato?
Alimony Es gusta comprar avenas para un caballo muerto.
Los vientos de río a través de los cerros.
Constante como la estrella del norte.
Si había conocido era su novio no habría pedido.
Antes de tomar prestado dinero de un amigo, decidir cuál necesitas más.
Tiempo de caída a menudo overcasts nuestras playas.
Precedential Tratamiento para miembros séniors de la empresa.
Flush Los prados.
La descongelación de un pavo congelado toma varias horas.
Tipos por sentido de olor, Qué le hace tan bueno?
Un unpronounceable palabra extranjera.
Venido encima al lado oscuro, tú hoser.
EL agua fresca refreshed nos.
El labrador matado un cerdo para las vacaciones.
Un unpretentious iglesia de país.
Último yeer I kudn't spel Ingeniero.
El río acaecía un torrente furioso .
Las translocaciones pueden resultar en desórdenes congénitos serios.
Un sabor distinto.
Los lingüistas protagonizan frases inaceptables.
Sabe esta ciudad al revés.
Un pre estructura.
Unimproved Carreteras de mugre.
Allende cualquier duda.
Las luces dimmed y la cortina ascendió.
Era su rock durante la crisis.
Era en un funk.
No podemos tener las personas van en creer que!
El tren llegó tarde.
Decir qué pasado.
El pianist huelgas un medio C.
Machicolate Las muro de castillo.
Batallaron sobre el presupuesto.
Los peatones pummeled los manifestantes.
Métete en tus asuntos, entonces no importas mina.
La infección de su entusiasmo para poesía.
Un hombre ocupado.
Pérdidas deducibles en las ventas o los cambios de hacienda son allowable.
Un antagonismo activo.
Los finlandeses lucharon los rusos.
Como un syrupy golosina?
Un malo unsporting sirve.
Un undesired resultado.
Las profundidades abisales del océano.
Un ejecutivo bueno tiene que ser bueno en la decisión que hace.
Tenido nunca las circunstancias conspiraron tan cunningly?
El curso de cierto cualquier cosa nunca corre lisa.
Proporcionó un enlace con las guerrillas.
Y es vida tan querido que tendríamos que culpar hombres para morir en aventura?
Era famoso para su lectura de Mozart.
Serie estas ideas juntas.
La guerra es deliciosa a quienes no han tenido ninguna experiencia de él.
Vuestros ingresos te descalificas.
El estrés ha sido pinpointed como causa importante de enfermedad.
Nuestro alquiler aumentó threefold antiguamente cinco años.
Supongo que uno podría alegar que un undocumented la característica tiene no semantics.
Engrave Una letra.
Afrontó los elementos.
La inexistencia mera es una excusa débil para declarar una cosa unseeable.
Su expresión acaecía progresivamente más mordaz.
De repente sentía faint del dolor.
Era muy seguro en sus creencias.
En aquel juncture no tuvo ninguna idea qué para hacer.
Entonces serás rico.
Una sala tibia.
Quién el infierno realmente me obligué para dejar hoy?
Acepta la armonía es sólo en siguiente la Manera.
Es lejos más impresionante cuándo otros descubren vuestras calidades buenas sin vuestra ayuda.
Fingió que era enfermo.
No podría mover tan todo sus letras están escritas en minúsculas.
El presidente le concedió el piso.
Es masquerading como un experto en el internet.
Cada número tiene una puesto única en la secuencia.
El Vedic literatura.
Los estands que venden homegrown frutas y vegetales.
El dilation de la pupila del ojo.
Un más swaggering modo que habitual.
Esta fusión traída en mucho dinero.
Los científicos tuvieron que acomodar los resultados nuevos con las teorías de existir.
Metermaids Comer su joven.
Estos olores de pasaje de plagio.
El progreso era agonizingly lento.
Sus riñas deslumbraron todo el mundo.
El aire es agua con agujeros en él.
Miraban absolutamente igualmente.
El etiolation de apio.
Esto me dejé en para una sorpresa grande.
Recordar los días viejos buenos, cuándo CPU era singular?
Era bastante perturbada por el noticioso que su padre era seriamente enfermo.
En este mundo, nada es seguro pero muerte e impuestos.
Fortaleció mi creencia en su sinceridad.
Cumplí esto tipo realmente guapo en una barra anoche!
Él inmerso él a sus estudios.
Su madre eyed mi ropa con un supercilious aire.
Pensé había algo fishy sobre el butler.
Pasó sus manos sobre la tela blanda.
Nuestro negocio estuvo dolido por la competición nueva.
Mis deseos mejores.
Detach Un regimiento.
Él dolores me para ver mis niños no siendo enseñados bien en escolares.
El núcleo no es congelado, pero slushy.
Un speedy recuperación.
Marca un pastel.
Mi tía me legué todas sus joyas.
Condujo su casa de punto.
Ellos departed hurriedly debido a alguna urgencia suma en sus asuntos.
Unos ingresos adecuados.
Un modo lánguido.
La colonia americana en París.
El personal era inadecuado.
Siendo un layman, probablemente no puedes coger exactamente qué hace.
Cuatro obra de día semana, Dos papel higiénico de chapa!
no hay ningún pecado pero ignorancia.
Una reputación buena es más valiosa que dinero.
El diners hizo el alimentario y justicia de vino.
Vivió gusta que Judas encima otros.
A pesar de que su imagen popular estuvo ideada lo servido para inspirar música y pageantry.
Ella cloistered ella en la oficina.
Dos corrientes del desarrollo corrido a través de historia americana.
Vuestro objeto es para salvar el mundo, mientras todavía dirigiendo una vida agradable.
Puede vadeamos a través del río al otro lado?
Una muro de apoyo.
Lambent Lenguas de llama.
Su mujer de trofeo era una ventaja a su negocio.
Corrido bien arriba y frotar su cuerno.
La felicidad es habiendo un arañazo para cada escozor.
Un antiapartheid dirigente.
Un convertible coupe.
Lo botó cleanly de la muro.
Monóxido de carbono combina con hemoglobina y desplaza oxígeno en la sangre.
Ellos mucho de su en el extranjero comercio en fondos extranjeros.
La mujer girada y sonreído en su compañero.
Una inversión buena.
Denso como ventaja.
Pensó que vio un albatros Que fluttered 'ronda la lámpara.
No pone huevos en el Positivos Ahora Porque es incapaz a postulado Qué.
Necesitaron mantas para cubrir el bare pisos.
El remedio más sumo para rabia es retraso.
Contrató alguien para contestar su correo de seguidor.
Todo el aleatorio mezclándose e idle la charla le hizo odio fiestas literarias.
Mi mano izquierda.
El vigilant ojo del reloj de ciudad.
Él aquello regiría otros, primero tendría que ser el maestro de él.
Este helplessly unworldly mujer.
Ambos óleo y el carbón son allí pero no en getatable ubicaciones.
Un evaporative más fresco.
Una droga de receta.
Él hieles me que perdimos el traje.
Era escalonada con facturas después de que intentó reconstruir su casa que sigue el terremoto.
Cuándo el día escolar estuvo hecho nosotros andaría en casa junto.
Algunos doce inmigrantes de millones pasaron a través de Ellis Isla.
El mundo entero es un scab.
La música en el alma puede ser oída por el universo.
Los coches comparables con cada otro en plazos de consumo de combustible.
Elegir todos los grupos donde cualquiera incluso podría ser ligeramente interesó.
Tal tierra es práctica para desarrollos de parque pequeño.
Un cambio significativo en la Constitución.
Winterize Vuestras casas.
La frugalidad y la industria son todavía consideradas como virtudes.
Corrió gusta pecado para la bodega de tormenta.
Ellos untied el prisionero.
Algunos atletas toman anabolic esteroides para aumentar medida de músculo temporalmente.
Remontar el vuelo un regimiento.
Obtendrás dinero por una acción de engordar.
Él quién duda es a veces salvó.
Las catástrofes hacen copia buena.
Este movimiento simplificará nuestras vidas.
Muchos Hungarians rechazados para mediar en el Stalinization de su país.
Su cara fue roja.
El Presidente nuevo tiene que traer sobre un cambio en el sistema de cuidado de la sanidad.
Vuestra actuación no incluso toca que de vuestros colegas.
Una prueba de progesterone fallado para relevar el dolor.
Padecido un staggering derrota.
Vivo a qué está yendo en.
El mutable maneras de fortuna.
Su tono acaecía menacing.
Un hotel residencial.
En rayuela, las tolvas mejores son los niños .
Vuestros objetivos son alto, y eres capaz de mucho.
Un untreated tejido.
Como un fénix incapaz en cenizas calientes.
Escribe de acciones carmesíes y días bárbaros.
Vivieron crasamente en su mundo pequeño propio.
Algunas drogas son ototoxic.
Qué la estación es cuándo el Knicks deja tocar.
Un creaky shack.
Su teoría es una amalgama de ideas más tempranas.
Muy en particular, una toalla tiene valor psicológico inmenso.
Le quiso mucho.
Niños compliant con el parentales .
Resbalamos fuera como nosotros siempre , tú pathetic criaturas.
No tendrías que intentar empezar en tercera tren.
Miraba en su cliente nuevo shiftily.
Los machos humanos normalmente tienen uno X cromosoma y uno Y cromosoma.
La oficina occidental de nuestra empresa.
El extendido disaffection de las tropas.
Las multitudes pulsaron a lo largo de la calle.
El perro miraba atrás.
Serás casado dentro de un año, y divorció dentro dos.
Una jefa de lechuga.
El Nazis snuffed fuera de la vida de muchos niños judíos.
Admiraron su actuación debajo estrés.
Oyó el trample de muchos pies.
Los niños snuggled a sus bolsos de dormir.
Qué Tiene que una Película Hace?
La madre nueva elige arriba y amamanta su hijo.
La violencia es la regla no la excepción.
Una cuenta concernió principalmente con episodic casos como la sucesión de gobernantes.
El sinfónico hum de un millón de insectos.
Es que vuestra nariz o hizo un parque de autobús en vuestra cara?
Aquí es una letra, leído él en vuestro ocio.
Una fortaleza impenetrable.
El acuerdo no es todavía puesto en hueso.
Los amigos pueden venir e ir, pero los enemigos acumulan.
Así que lo tomé fuera para un paseo.
Una inmersión en precios.
Cansado del ruido y humo.
Parece para ser enteramente bien.
La energía está conservada en este proceso.
Render Arriba de los prisioneros.
Enviar un envase recoge.
No sólo es UNIX muerto, está empezando para oler realmente malo.
Tomó un turno a la derecha.
Sus fuentes documentales son demonstrably injusticia.
Fusionamos nuestros recursos.
Son avariciosos y voluntad cualquier cosa para dinero.
La composición armoniosa es esencial en una obra de arte seria.
Las arañas giran una web fina.
La conversación me aligeré arriba un poco.
Él suborned su butler para cubrir arriba del asesinato de su mujer.
Un cariz de indignado disbelief.
El ritmo del tiempo fisiológico no es modificable exceptúa por interferencia con procesos fundamentales seguros.
Un firefly no es una mosca, pero un escarabajo.
El Incas creído que Cuzco era el ombligo del universo.
Él stitched pesos al dobladillo de la cortina.
Está fantaseando cuándo dice que planea empezar su empresa propia.
Nosotros resumed la discusión interrumpida.
Gielgud Villorio tocado.
Agelong Lucha para libertad.
Prácticas bancarias impropias.
Trata en oro.
Perdió su punto.
Una explosión de risa.
El smoulder de repente acaecía un blaze.
Un thickset hombre joven.
La imprenta buena hace un libro más pleasurable para leer.
Un prolongado dogfight sobre sus ofertas rivales para el contrato.
Un tiempo de unexampled prosperidad.
Un smoldering fuego.
Un novelista nigeriano ganó el premio Nóbel para literatura este año.
Un periodo animado en historia.
Sitio una apuesta.
Va a una película esta noche.
Es no una ojera para hacer la risa de ángeles?
Cuándo oyes sus sermones, serás capaz de creer, también.
La guerra es más allá todas las palabras horrible.
Unos ingresos inadecuados.
Cortaron abajo un estand de árboles.
Su palabra era evangelio .
Voto la entrada Democrática.
Tuvimos que esperar para siempre y un día.
El coche aceleró.
Era severamente afectada por el fallo del banco.
Oyeron indistinct ruidos de las personas que hablan.
En el bosom de la familia.
Sentía resentida.
Un terremoto importante.
Rehén tomado de hombres desesperados.
El agente reservó entradas al espectáculo para la familia entera.
Algunos quién había sido en la valla salió a favor del plan.
Pasa su tiempo frívolamente gozando la vida fácil de una chica rica y mimada.
Crió su voz en una última llamada suprema.
Te lo puedes haber tenido.
Hicieron un juego vano para poder.
Probar una voluntad.
Montando caballos abajo la ruta en tándem.
El luchando acaecía caliente y pesado.
Obran horas largas.
Era un azúcar refiner.
Salieron anoche.
El ancients creído que la sangre era el escaño de las emociones.
Si fallas para planear, plan para fallar.
Un plan operable.
Obró en sus amigos para apoyar el candidato político.
El swollen el río lavó fuera el footbridge.
Lo puedes hacer ilegal, pero no lo puedes hacer impopular.
Revisa libros para el New York Times.
La leche queda en un grande lidded mug.
El timbre agrietado y tuvo que ser recast.
Vio Jess embistiéndole contra con un pitchfork.
Mosca una cometa.
Infantrymen Era en el trasero.
Condonó las infidelidades ocasionales de su marido.
Un uneasy gobierno de coalición.
Un surtido sumo de coches era encima exposición.
Un unworkmanlike herramienta.
Más allá en el futuro.
La mayoría de tuercas crece en árboles mientras peauts crece subterráneo.
Cuántos nonstops es allí a Dallas?
Adoleciendo facial disfiguration.
se dirigieron bien durante este tiempo difícil.
La reunión acabó inconclusively.
Las casas nuevas están saltando arriba en una vías mejorada de aterrizar cercano el río.
Él slacks su atención.
