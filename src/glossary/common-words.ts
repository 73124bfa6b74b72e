/**
 * Ordinary lower-case words, English and Spanish, that an acronym could be
 * confused with (`ICE` / `ice`, `SAT` / `sat`, `PAN` / `pan`).
 *
 * A short hand-made list of common words of two to six letters, plus
 * abbreviations seen in lower case in running text (`mp`, `cía`); lint asks
 * acronyms that spell one of them to say `case: exact`. Callers can add
 * words with the `words` option of `lintGlossary`.
 */

const english =
  'ad add age ago aid aim air all am an and ant any ape apt arc are ark arm art as ash ask at ate awe axe ' +
  'bad bag ban bar bat bay be bed bee beg bet bid big bin bit bow box boy bud bug bun bus but buy by bye ' +
  'cab can cap car cat cod cop cow cry cub cue cup cut dad dam day den dew did die dig dim dip do doc doe dog ' +
  'don dot dry due dug dye ear eat ebb egg ego elf elk elm else end era eve ewe eye fan far fat fax fed fee ' +
  'few fig fin fir fit fix flu fly foe fog for fox fry fun fur gag gap gas gel gem get gig gin go god got ' +
  'gum gun gut guy gym had ham has hat hay he hem hen her hey hid him hip his hit hog hop hot how hub hue ' +
  'hug hum hut ice icy if ill imp in ink inn ion ire is it its ivy jab jam jar jaw jet jig job jog joy jug ' +
  'keg key kid kin kit lab lad lag lap law lay lea led leg let lid lie lip lit lob log lot low mad man map ' +
  'mar mat max may me men met mid mix mob mod mom mop mow mp mr mrs ms mud mug mum my nab nag nap net new ' +
  'nil nip no nod nor not now nun nut oak oar oat odd of off oft oh oil ok old on one opt or orb ore our ' +
  'out owe owl own ox pad pal pan par pat paw pay pea peg pen pep per pet pew pie pig pin pit ply pod pop ' +
  'pot pro pry pub pun pup put rag ram ran rap rat raw ray red rep rib rid rig rim rip rob rod roe rot row ' +
  'rub rug rum run rut rye sad sag sap sat saw say sea see set sew sex she shy sin sip sir sit six ski sky ' +
  'sly so sob sod son sow soy spa spy sty sub sue sum sun tab tad tag tan tap tar tax tea tee ten the tie ' +
  'tin tip to toe ton too top tot tow toy try tub tug two up urn us use van vat vet via vie vow wad wag war ' +
  'was wax way we web wed wet who why wig win wit woe won wow yak yam yap yaw ye yes yet you zap zen zip zoo ' +
  'able acre aged aids ally also alto area army arms aunt auto away axis baby back bail bait bake bald ball ' +
  'band bank bare bark barn base bass bath bean bear beat beef been beer bell belt bend best bike bill bind ' +
  'bird bite blow blue blur boat body bold bolt bomb bond bone book boom boot born boss both bowl bulk bull ' +
  'burn bush busy cafe cage cake call calm came camp card care cart case cash cast cave cell chat chef chin ' +
  'chip city clan clay clip club clue coal coat code coin cold come cone cook cool cope copy cord core corn ' +
  'cost cozy crew crop cure cute dame dare dark dash data date dawn dead deaf deal dean dear debt deck deed ' +
  'deep deer demo deny desk dial dice diet dirt disc dish dive dock does dole doll dome done doom door dose ' +
  'down drag draw drew drip drop drug drum dual duck duel duke dull dumb dump dune dust duty each earn ease ' +
  'east easy echo edge edit else emit envy epic even ever evil exam exit face fact fade fail fair fake fall ' +
  'fame fare farm fast fate fear feat feed feel feet fell felt fern file fill film find fine fire firm fish ' +
  'fist five flag flat fled flee flew flip flow foam foil fold folk fond font food fool foot ford fore fork ' +
  'form fort foul four free frog from fuel full fund fury fuse gain gait gala gale game gang gate gave gaze ' +
  'gear gene gift girl give glad glow glue goal goat goes gold golf gone good gown grab gray grew grey grid ' +
  'grim grin grip grow gulf guru hack hail hair half hall halt hand hang hard harm hate haul have hawk head ' +
  'heal heap hear heat heel held hell helm help herb herd here hero hide high hike hill hint hire hold hole ' +
  'holy home hood hook hope horn hose host hour huge hull hung hunt hurt hush icon idea idle inch info into ' +
  'iron isle item jail jazz jean jobs join joke jump jury just keen keep kept kick kill kind king kiss kite ' +
  'knee knew knit knot know lace lack lady laid lake lamb lamp land lane last late lawn lazy lead leaf leak ' +
  'lean leap left lend lens less liar lick life lift like limb lime limp line link lion list live load loan ' +
  'lock loft logo lone long look loop lord lose loss lost loud love luck lump lung lure lush made maid mail ' +
  'main make male mall many mark mask mass mate maze meal mean meat meet melt memo menu mere mess mice mild ' +
  'mile milk mill mind mine mint miss mist mode mold mole mood moon more moss most moth move much mule must ' +
  'myth nail name navy near neat neck need nest news next nice nine node none noon norm nose note noun nude ' +
  'oath obey odds okay omen once only onto open oral oven over pace pack page paid pail pain pair pale palm ' +
  'park part pass past path peak pear peel peer pick pier pile pill pine pink pipe plan play plea plot plug ' +
  'plus poem poet pole poll pond pony pool poor pope pork port pose post pour pray prey prop pull pump punk ' +
  'pure push quit quiz race rack raft rage raid rail rain rank rare rash rate read real rear reef rely rent ' +
  'rest rice rich ride ring riot rise risk road roar robe rock rode role roll roof room root rope rose ruby ' +
  'rude ruin rule rush rust safe saga sage said sail sake sale salt same sand sane sang save scan scar seal ' +
  'seam seat sect seed seek seem seen self sell send sent shed ship shoe shop shot show shut sick side sigh ' +
  'sign silk sing sink site size skin skip slam slap sled slid slim slip slot slow snap snow soak soap soar ' +
  'sock soda sofa soft soil sold sole some song soon sore sort soul soup sour span spin spot star stay stem ' +
  'step stir stop such suit sung sure surf swan swap sway swim tail take tale talk tall tame tank tape task ' +
  'taxi team tear tech tell tend tent term test text than that them then they thin this thus tide tidy tied ' +
  'tier tile till time tiny tire toad told toll tomb tone took tool tops tore torn tour town trap tray tree ' +
  'trim trio trip true tube tuna tune turn twin type ugly undo unit upon urge used user vain vary vase vast ' +
  'veil vein verb very vest veto vice view vine visa void volt vote wage wait wake walk wall wand want ward ' +
  'warm warn wash wasp wave wavy weak wear weed week well went were west what when whip whom wide wife wild ' +
  'will wind wine wing wink wipe wire wise wish with wolf wood wool word wore work worm worn wrap yard yarn ' +
  'year yell yoga your zero zone zoom ' +
  'about above actor adult after agent agree alarm alert alien alive alley allow alone along alter angel ' +
  'anger angle angry apple apply arena argue arise armed arrow aside asset audio avoid award aware badge ' +
  'basic basin batch beach beard beast begin being below bench birth black blade blame blank blast blaze ' +
  'bleed blend bless blind block blood bloom board boast bonus boost booth bound brain brake brand brave ' +
  'bread break brick bride brief bring broad brook brown brush build bunch burst buyer cabin cable camel ' +
  'canal candy cargo carry catch cause chain chair chalk chaos charm chart chase cheap cheat check cheek ' +
  'chest chief child chill china choir civil claim class clean clear clerk click cliff climb clock close ' +
  'cloth cloud coach coast color coral couch could count court cover crack craft crane crash crazy cream ' +
  'crime crisp cross crowd crown crude cruel crush curve cycle daily dance death debut delay delta dense ' +
  'depot depth devil diary dirty doubt dozen draft drain drama drawn dream dress drift drill drink drive ' +
  'eager eagle early earth eight elbow elder elect elite empty enemy enjoy enter entry equal error essay ' +
  'event every exact exile exist extra faint faith false fancy fatal fault feast fence fever fiber field ' +
  'fifth fifty fight final first flame flash fleet flesh float flock flood floor flour fluid flush focus ' +
  'force forge forth forum found frame fraud fresh front frost fruit funny giant given glass globe glory ' +
  'goods grace grade grain grand grant grape grasp grass grave great greed green greet grief grill gross ' +
  'group grove guard guess guest guide guilt habit happy harsh haven heart heavy hedge hello hence honey ' +
  'honor horse hotel house human humor hurry ideal image imply index inner input issue ivory jewel joint ' +
  'judge juice knife knock known label labor large laser later laugh layer learn lease least leave legal ' +
  'lemon level light limit linen liver lobby local lodge logic loose lover lower loyal lucky lunch magic ' +
  'major maker march match mayor medal media mercy merit metal meter might minor minus mixed model money ' +
  'month moral motor mount mouse mouth movie music naive nasty naval nerve never night noble noise north ' +
  'novel nurse ocean offer often olive onion opera orbit order organ other ought outer owner paint panel ' +
  'panic paper party pasta patch pause peace pearl pedal penny phase phone photo piano piece pilot pitch ' +
  'pizza place plain plane plant plate plaza point polar porch pound power press price pride prime print ' +
  'prior prize probe proof proud prove pulse punch pupil purse queen quest quick quiet quite quota quote ' +
  'radar radio raise rally ranch range rapid ratio reach react ready realm rebel refer relax reply rider ' +
  'ridge rifle right rigid rival river roast robot rocky rough round route royal rural salad sauce scale ' +
  'scare scarf scene scope score scout screw seize sense serve seven shade shake shall shame shape share ' +
  'shark sharp sheep sheet shelf shell shift shine shirt shock shoot shore short shout sight silly since ' +
  'sixth sixty skill skirt skull slave sleep slice slide slope small smart smell smile smoke snake solar ' +
  'solid solve sorry sound south space spare spark speak speed spell spend spice spike spine spite split ' +
  'spoon sport spray squad stack staff stage stain stair stake stamp stand stare start state steak steal ' +
  'steam steel steep stick stiff still stock stone stool storm story stove strap straw strip stuck study ' +
  'stuff style sugar suite sunny super surge swamp swear sweat sweep sweet swift swing sword table taste ' +
  'teach teeth thank theft their theme there these thick thief thing think third those three threw throw ' +
  'thumb tiger tight timer tired title toast today token tooth topic torch total touch tough tower toxic ' +
  'trace track trade trail train trait trash treat trend trial tribe trick troop truck truly trunk trust ' +
  'truth tumor twice twist ultra uncle under union unity until upper upset urban usage usual valid value ' +
  'valve vapor vault venue verse video virus visit vital vivid vocal voice voter wagon waste watch water ' +
  'weary weird whale wheat wheel where which while white whole whose width woman world worry worse worst ' +
  'worth would wound wrist write wrong yield young youth'

const spanish =
  'a al alma ama amo ano aun as asi ave ay bar bien boca bus cal cama cara casa cia cine cinco cita col con ' +
  'cual cura da dan dar de del des di dia dice dio dios diez dos el ella ello en era eran eres es esa ese ' +
  'eso esta este esto fe fin fue fui gas gol ha han hay he hijo hoy ir ira ja la las le les ley lo los luz ' +
  'mal mar mas me mes mi mia mil mio mis mujer muy nada ni no nos nota nunca o ola oro os otra otro pan para ' +
  'paz pie pies plan poco por que quien rey rio sal se sea sed sen ser si sin sol son su sus tal te ti tia ' +
  'tio toda todo tras tres tu tus un una uno unos uso va vas ve veo ver vez vi via vida vino voy ya yo ' +
  'agua algo alto amor ante ayer bajo boda buen cada caja calle campo carta caso cena cerca cielo clase ' +
  'coche como cosa cruz cuyo dama dato debe dedo dicho dolor dueño duda ellas ellos ente esas esos falta ' +
  'fase feo fiel fila flor foco fondo fuego fuera gato gente golpe gordo gran grupo guerra hacia hasta ' +
  'hecho hielo hija hora idea isla jefe joven juego junto lado largo lejos leon libre libro linea lista ' +
  'llave lugar luna madre malo mano mapa marca mayo medio menor menos mesa miedo misma mismo moda modo ' +
  'morena moreno muerte mundo nadie niña niño noche norte nueva nuevo ojos once orden padre pais pago papa ' +
  'papel parte paso pelo pena perro peso piso plaza poder poner posee preso primo pueblo puede puerta pues ' +
  'punto queda rato razon red reina resto rojo ropa sala salud santo sede seis señor siete siglo sitio ' +
  'sobre suelo sueño sur taza tema tiempo tierra tipo toro total unica unico vaca valle vaso veces venta ' +
  'verde viaje viejo viento visto vivo voz zona'

/** Common lower-case words (ASCII-folded Spanish as well as accented forms). */
export const commonWords: ReadonlySet<string> = new Set([
  ...english.split(' '),
  ...spanish.split(' '),
  ...spanish.split(' ').map((word) => word.normalize('NFD').replace(/\p{M}/gu, '')),
  'cía',
  'pf'
])
